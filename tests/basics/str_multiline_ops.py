# building and processing multi-line text
lines = ['alpha', 'beta', 'gamma']
text = '\n'.join(lines) + '\n'
print(repr(text), text.count('\n'), text.splitlines()[1])
table = '\n'.join('{:<6}|{:>3}'.format(w, len(w)) for w in lines)
print(table)
print(text.upper().replace('\n', ' / ').strip())
print([l.rjust(6, '.') for l in text.split()])

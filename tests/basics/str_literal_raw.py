# raw strings keep backslashes
print(r'\n\t\x41')
print(R"\d+\.\d*")
print(len(r'\n'), len('\n'))
print(r'\'', len(r'\''))
print(r"a\"b")
print(r'''raw
triple\n''')
print(repr(r'\\'), repr('\\'))
print(rb'\x00', br'\n', Rb'\t')

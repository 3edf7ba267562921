# open(): opener=, checks of encoding/errors/newline, lone surrogates written
# to text files, and the text attributes (errors, newlines, line_buffering,
# reconfigure); then delete the file
import os
import sys

NAME = 'open_opener_text_s8n.tmp-test'


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


seen = []


def opener(path, flags):
    seen.append((path, bool(flags & os.O_CREAT)))
    return os.open(path, flags, 0o666)


t(lambda: open(NAME, 'w', opener=opener).write('hi\n'))
t(lambda: open(NAME, opener=opener).read())
t(lambda: open(NAME, 'rb', opener=opener).read())
print(seen)
t(lambda: open(NAME, opener=lambda p, fl: -1))
t(lambda: open(NAME, opener=lambda p, fl: 'x'))
t(lambda: open(NAME, opener=lambda p, fl: 2.0))
t(lambda: open(NAME, opener=lambda p, fl: 2 ** 40))
t(lambda: open(NAME, opener=lambda p, fl: 1 // 0))

t(lambda: open(NAME, encoding=''))
t(lambda: open(NAME, encoding='utf-8\0'))
t(lambda: open(NAME, errors='strict\0'))
t(lambda: open(NAME, newline='\0'))
t(lambda: open(NAME, 'rb', encoding='\0'))

# lone surrogates: strict text files refuse them, nothing is written
for s in ('a\udc80b', '\ud800', 'xy\udfff'):
    with open(NAME, 'w') as f:
        t(lambda: f.write(s))
        t(lambda: f.writelines(['ok', s]))
    t(lambda: open(NAME, 'rb').read())
# characters that merely start with 0xED are fine
with open(NAME, 'w') as f:
    t(lambda: f.write('\ud7ff\ud55c\u00ed\uffff\n'))
t(lambda: open(NAME, 'rb').read())
with open(NAME, 'w', errors='surrogateescape') as f:
    t(lambda: f.write('a\udc80b'))
t(lambda: open(NAME, 'rb').read())

f = open(NAME, 'w')
print(f.errors, f.newlines, f.line_buffering, f.write_through)
print(f.reconfigure(line_buffering=True), f.line_buffering)
f.write('abc\n')
print(open(NAME).read() == 'abc\n')
f.reconfigure(errors='surrogateescape')
print(f.errors)
f.write('\udcff\n')
f.reconfigure(encoding='utf-8')
print(f.errors)
t(lambda: f.write('\udcff'))
f.close()
t(lambda: open(NAME, 'rb').read())
t(lambda: f.reconfigure(errors='strict'))
f = open(NAME, 'w', buffering=1)
print(f.line_buffering)
f.close()
f = open(NAME, 'rb')
print(hasattr(f, 'errors'), hasattr(f, 'reconfigure'), hasattr(f, 'line_buffering'))
f.close()
print(sys.stderr.errors)  # (stdout's depends on the locale)
sys.stdout.reconfigure(encoding='utf-8')
print(sys.stdout.errors)
sys.stdout.reconfigure(errors='surrogateescape')
sys.stdout.write('x\udcc3\udca9y\n')
t(lambda: sys.stdout.write('\ud800'))
os.remove(NAME)

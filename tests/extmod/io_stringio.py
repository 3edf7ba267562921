# io.StringIO: text in, text out
import io

s = io.StringIO('line1\nline2\n\nline4')
print(s.readline(), s.readline(), s.readline(), s.readline(), repr(s.readline()))
s = io.StringIO()
print(s.write('abc'), s.write('é€'), s.getvalue(), len(s.getvalue()))
s = io.StringIO('one\ntwo\n')
print(s.readlines())
print(io.StringIO('abcdef').read(3), repr(io.StringIO().read()), io.StringIO(None).getvalue() == '')
s = io.StringIO()
print('x', 1, 2.5, file=s)
print('y', end='!', file=s)
print(repr(s.getvalue()))
s = io.StringIO('héllo')
print(s.read(2), s.read())
try:
    io.StringIO().write(b'bytes')
except TypeError:
    print('TypeError')

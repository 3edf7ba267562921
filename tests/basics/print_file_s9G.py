# print(file=...) to files, stdout, custom writers and IOBase subclasses;
# sys.stdout/stdin attributes (tests/io builtin_print_file, file_stdio, iobase).
import io
import sys

print(sys.stdin.fileno(), sys.stdout.fileno(), sys.stderr.fileno())
print(sys.stdout.write('abc\n'))
print(sys.stdout.write('\xe9\n'))
print(sys.stdout.buffer.write(b'x\n'), sys.stdout.buffer.write(bytearray(b'y\n')))
sys.stdout.flush()
print(sys.stdout.writable(), sys.stdin.readable(), sys.stdout.closed)
print(sys.stdout.name, sys.stderr.name, sys.stdin.name, sys.stdout.mode, sys.stdin.mode)

print('test', file=sys.stdout)
print('a', 'b', file=sys.stdout, sep='-', end='|\n')
print('x', file=None)
try:
    print(file=1)
except (AttributeError, OSError):
    print('Error')


class W:
    def __init__(self):
        self.d = []

    def write(self, s):
        self.d.append(s)
        return len(s)


w = W()
print('hi', 1, file=w, end='')
print(file=w)
print([x for x in w.d if x])

s = io.StringIO()
print('abc', 1.5, None, [1], file=s, flush=True)
print(repr(s.getvalue()))
old = sys.stdout
sys.stdout = io.StringIO()
print('captured', 1)
v = sys.stdout.getvalue()
sys.stdout = old
print(repr(v))


class MyIO(io.IOBase):
    def write(self, buf):
        print('write', repr(buf))
        return len(buf)


print('hello', file=MyIO())
m = MyIO()
print(m.closed)
m.close()
print(m.closed)
try:
    m.flush()
except ValueError:
    print('ValueError')
with MyIO() as m2:
    print(m2 is not None)
print(m2.closed)

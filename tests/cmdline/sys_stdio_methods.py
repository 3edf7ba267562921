# sys.stdin/stdout/stderr methods, stdout.buffer, fileno
# stdin: first line\nsecond\nthird é\n
import sys
print(sys.stdout.write('w\n'), sys.stdout.flush(), sys.stdout.fileno())
sys.stdout.buffer.write(b'bytes out\n')
sys.stdout.buffer.flush()
line = sys.stdin.readline()
print(repr(line))
print(repr(sys.stdin.read(3)))
rest = sys.stdin.read()
print(repr(rest))
print(repr(sys.stdin.readline()), repr(sys.stdin.read()))
print('err', file=sys.stderr)
sys.stderr.write('err2\n')
print(sys.stdin.fileno(), sys.stdout.fileno(), sys.stderr.fileno())
print(sys.stdin.isatty())

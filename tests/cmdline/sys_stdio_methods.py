# sys.stdin/stdout/stderr methods, stdout.buffer, fileno
# stdin: first line\nsecond\nthird é\n
import sys
print(sys.stdout.write('w\n'), sys.stdout.flush(), sys.stdout.fileno() if hasattr(sys.stdout, 'fileno') else 1)
sys.stdout.buffer.write(b'bytes out\n') if hasattr(sys.stdout, 'buffer') else print('bytes out')
sys.stdout.buffer.flush() if hasattr(sys.stdout, 'buffer') else None
line = sys.stdin.readline()
print(repr(line))
print(repr(sys.stdin.read(3)))
rest = sys.stdin.read()
print(repr(rest))
print(repr(sys.stdin.readline()), repr(sys.stdin.read()))
print('err', file=sys.stderr)
sys.stderr.write('err2\n')
print(sys.stdin.fileno(), sys.stdout.fileno(), sys.stderr.fileno())
print(sys.stdin.isatty() if hasattr(sys.stdin, 'isatty') else False)

# io.BufferedReader.peek(): what it returns is given again by the next reads
# (read, read1, readline, readinto, iteration); tell/seek count it.
import io

b = io.BufferedReader(io.BytesIO(b'hello\nworld\nxyz'))
print(b.peek(0)[:3], b.tell(), b.read(2), b.tell())
print(b.peek(), b.readline(), b.readline(2), b.tell())
print(b.read1(3), b.peek(), b.read(), b.read(), b.peek())
b.seek(0)
print(b.peek()[:4], b.read(4))
b.seek(1, 1)
print(b.tell(), b.read(3))

b = io.BufferedReader(io.BytesIO(b'ab\ncd'))
b.peek()
print(list(b))

b = io.BufferedReader(io.BytesIO(b'abcdef'))
b.peek()
x = bytearray(4)
print(b.readinto(x), x, b.read(10))

# a line longer than the limit, and a line that goes past what was peeked
b = io.BufferedReader(io.BytesIO(b'abcdef\nz'))
b.peek()
print(b.readline(3), b.readline(0), b.readline(), b.readline())

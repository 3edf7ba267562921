# micropython.RingIO is MicroPython-only (1.23+; CPython has no micropython
# module), hence the .exp file. It never blocks: write() stores what fits,
# reads return what is there (b'' when empty).
import micropython

r = micropython.RingIO(8)
print(type(r).__name__, r.any())
print(r.read(), r.read(3), r.readline())
print(r.write(b"hello\nwo"), r.any())
print(r.write(b"x"))  # full
print(r.readline())
print(r.any(), r.read(1), r.read())
# wrap around the end of the storage
for i in range(5):
    print(r.write(b"abcdef"), r.read(4), r.any())
print(r.read())
# readinto with and without a count
r.write(b"123456")
b = bytearray(4)
print(r.readinto(b), b)
print(r.readinto(b, 1), b)
print(r.readinto(b), b, r.any())
# readline with a size limit, and a line without a newline
r.write(b"ab\ncd")
print(r.readline(1), r.readline(), r.readline(), r.readline())
# a caller's buffer is used in place and holds one byte less
buf = bytearray(4)
r = micropython.RingIO(buf)
print(r.write(b"wxyz"), buf[:3], r.read())
# any buffer is written as bytes
r.write(memoryview(b"mv"))
print(r.read())
r.close()
print(r.write(b"after"), r.read())
# print(file=) writes through the stream protocol
r = micropython.RingIO(32)
print("to ring", 12, file=r)
print(r.read())
for bad in (0, -1, bytearray(1), b"ro"):
    try:
        micropython.RingIO(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
try:
    micropython.RingIO("s")
except TypeError:
    print("TypeError")

# micropython.RingIO over a caller's buffer (MicroPython-only, hence the .exp):
# the ring keeps the buffer object alive (a memoryview slice's base too) and
# follows a bytearray that moves when it grows; one that shrinks below the
# ring gives ValueError, never a stale pointer.
import gc
import micropython


def make_ring():
    # Only the ring refers to the memoryview, and the memoryview's pointer is
    # into the middle of the bytearray's block.
    return micropython.RingIO(memoryview(bytearray(b"z" * 5000))[1000:2000])


r = make_ring()
gc.collect()
junk = [bytearray(b"q" * 100) for i in range(2000)]
print(r.write(b"abc" * 400), r.any())
del junk
gc.collect()
junk = [bytearray(b"q" * 100) for i in range(2000)]
print(r.read(10), r.any())
del junk

b = bytearray(16)
r = micropython.RingIO(b)
print(r.write(b"0123456789"))
b.extend(b"x" * 100000)  # moves the bytearray's storage
gc.collect()
print(r.read(4), r.write(b"ABCDEFGHIJ"), r.read())

b = bytearray(10)
r = micropython.RingIO(b)
print(r.write(b"abc"))
del b[:]
for f in (r.read, lambda: r.write(b"x"), lambda: r.readinto(bytearray(2))):
    try:
        f()
    except ValueError as e:
        print("ValueError", e)
print(r.any())

# memoryview.cast(format), the 'c' and '?' formats, equality by item value
# across formats, and hashing restricted to byte formats.
m = memoryview(b"ab\x00\x01cdef")
print(m.cast("H").tolist(), m.cast("B").format, m.cast("b").tolist(), m.cast("I").nbytes)
print(len(m.cast("Q")), m.cast("@B").tolist()[:2], m.cast("B").cast("h").tolist(), m.cast("h").itemsize)
c = m.cast("c")
print(c.tolist()[:4], c[0], c.format, c.itemsize, m.cast("?").tolist())
for bad in (lambda: m[::2].cast("B"), lambda: m.cast("I")[:1].cast("d"),
            lambda: memoryview(b"abc").cast("H"), lambda: m.cast("x"), lambda: m.cast("H").cast("I")):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
b = bytearray(4)
w = memoryview(b).cast("c")
w[0] = b"x"
print(b, w.readonly)
try:
    w[1] = 1
except TypeError:
    print("TypeError")
w2 = memoryview(b).cast("?")
w2[2] = True
w2[3] = 7
print(b)
print(memoryview(b"ab").cast("c") == b"ab", hash(memoryview(b"ab").cast("c")) == hash(b"ab"))
print(memoryview(b"abcd").cast("h") == b"abcd", memoryview(b"abcd") == b"abcd", memoryview(b"") == b"")
print(memoryview(b"abcd").cast("h") == memoryview(b"abcd").cast("h"), m == m.cast("B"))
try:
    hash(memoryview(b"abcd").cast("h"))
except ValueError:
    print("ValueError")
w3 = memoryview(bytearray(8)).cast("i")
w3[1] = -5
print(w3.tolist(), bytes(w3.cast("B")))

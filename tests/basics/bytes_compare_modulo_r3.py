# bytes compares (and orders) only with bytes/bytearray; memoryview
# answers == itself. What % treats as a mapping differs for str and bytes.
def t(f):
    try:
        print(repr(f()))
    except TypeError as e:
        print("TypeError", e)

mv = memoryview(b"b")
for a in [b"a", bytearray(b"a")]:
    for b in [b"b", bytearray(b"b"), mv]:
        t(lambda: (a == b, a != b))
        t(lambda: a < b)
        t(lambda: a + b)
print(b"a" == memoryview(b"a"), memoryview(b"a") == b"a", b"a" == "a", b"a" != "a")

class B(bytes):
    pass
print(B(b"a") == b"a", b"a" < B(b"b"), b"a" >= bytearray(b"a"))

# str % x: anything with __getitem__ except tuple and str is a mapping, so
# no "not all arguments converted" for it.
for x in [b"a", bytearray(b"x"), memoryview(b"x"), {}, {1: 2}, range(3), [], [1], 1, 1.5, None]:
    t(lambda: "a" % x)
# bytes % x: bytes and bytearray are not mappings there.
for x in [b"a", bytearray(b"x"), memoryview(b"x"), {1: 2}, [], 1, (1,)]:
    t(lambda: b"a" % x)

# bytes % errors use their own wording.
for f, v in [(b"%f", "x"), (b"%e", 1j), (b"%i", None), (b"%u", []), (b"%d", "x"), (b"%x", 1.5), (b"%d %d", (1,))]:
    t(lambda: f % v)
for f, v in [("%f", "x"), ("%i", None), ("%u", [])]:
    t(lambda: f % v)

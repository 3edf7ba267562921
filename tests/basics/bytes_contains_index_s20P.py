# `x in bytes/bytearray` takes a byte value from any int (a subclass too) or
# object with __index__, as find() and count() do; a bytes-like x is a
# substring, and anything else is a TypeError.


class I(int):
    pass


class X:
    def __index__(self):
        return 97


class S(str):
    pass


def show(f):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


for v in (I(97), I(120), X(), True, False, 97, 256, -1, 2**70, b"bc", bytearray(b"ab"), memoryview(b"c"), b"", "a", S("a"), 1.5, None):
    show(lambda: v in b"abc")
    show(lambda: v in bytearray(b"abc"))
    show(lambda: v not in b"\x00\x01")
    show(lambda: b"abc".find(v) if not isinstance(v, str) else "-")

# An __index__ that resizes the bytearray searched must leave the search
# memory safe. CPython searches the old buffer (a stale read), so only the
# kind of the outcome is printed.
B = bytearray(b"abc")


class Grow:
    def __index__(self):
        B.extend(b"z" * 5000)
        return ord("z")


class Clear:
    def __index__(self):
        B.clear()
        return ord("a")


print(type(Grow() in B).__name__, len(B))
print(type(Clear() in B).__name__, len(B))

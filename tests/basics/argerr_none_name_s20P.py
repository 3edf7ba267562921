# Argument type errors that CPython's argument checks report with None
# itself ("must be str, not None") rather than its type's name; other
# types are still named by their type.


def show(f):
    try:
        f()
        print("ok")
    except TypeError as e:
        print("TypeError", e)


for bad in (None, 1, b"x"):
    show(lambda: "abc".replace(bad, "x"))
    show(lambda: "abc".replace("a", bad))
    show(lambda: "abc".removeprefix(bad))
    show(lambda: "abc".removesuffix(bad))
    show(lambda: str.maketrans("a", bad))
    show(lambda: str.maketrans("a", "b", bad))
    show(lambda: bytes.fromhex(bad))
    show(lambda: bytearray.fromhex(bad))
    show(lambda: int.from_bytes(b"a", bad))
    show(lambda: (1).to_bytes(1, bad))
    show(lambda: format(1, bad))
    show(lambda: (1).__format__(bad))
    show(lambda: "a".__format__(bad))
    show(lambda: (1.5).__format__(bad))
    show(lambda: (1j).__format__(bad))
    show(lambda: float.__getformat__(bad))
    show(lambda: b"a".decode(bad))
    show(lambda: b"a".decode("utf-8", bad))
    show(lambda: "a".encode(bad))
    show(lambda: "a".encode("utf-8", bad))
    show(lambda: b"a".center(3, bad))
    show(lambda: memoryview(b"a").cast(bad))
    show(lambda: str(b"a", bad))
    show(lambda: str(b"a", errors=bad))
# Type names elsewhere: not argument checks in CPython either.
empty = []
show(lambda: empty[None])
show(lambda: "abc".startswith(None))
show(lambda: "%f" % None)
# __import__ names no type at all.
for bad in (None, 1, b"x"):
    show(lambda: __import__(bad))

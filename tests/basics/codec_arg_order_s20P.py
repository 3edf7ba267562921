# encoding and errors arguments of str(), bytes(), bytearray(), encode() and
# decode(): both must be str, checked in that order and before any other
# check (the source's type, the codec lookup), each error naming its caller.


def show(f):
    try:
        print(repr(f()))
    except (TypeError, LookupError) as e:
        print(type(e).__name__, e)


for enc, err in ((1, None), (1, 2), ("nope", 2), (b"utf-8", "strict"), ("utf-8", 1.5)):
    args = (enc,) if err is None else (enc, err)
    show(lambda: bytes(0, *args))
    show(lambda: bytes("a", *args))
    show(lambda: bytearray(0, *args))
    show(lambda: bytearray("a", *args))
    show(lambda: str(b"a", *args))
    show(lambda: str(0, *args))
    show(lambda: "a".encode(*args))
    show(lambda: b"a".decode(*args))
show(lambda: bytes(0, "utf-8"))
show(lambda: bytes(0, errors="strict"))
show(lambda: bytes("a", errors="strict"))
show(lambda: bytes("a", "nope"))
show(lambda: bytes("\u20ac", "utf-8", "strict"))
show(lambda: bytearray("\u20ac", encoding="latin-1", errors="replace"))
show(lambda: str(b"\xff", "utf-8", "replace"))

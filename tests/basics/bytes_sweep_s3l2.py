# bytes/bytearray/str constructor corner cases found by the s3 conformance sweep


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for t in (bytes, bytearray):
    show(lambda: t("", errors="ignore"))
    show(lambda: t(""))
    show(lambda: t(0, errors="strict"))
    show(lambda: t(b"", "ascii"))

    # an item's __index__ empties the list while it is being read
    class Shrink:
        def __index__(self):
            lst.clear()
            return 42

    lst = [Shrink(), Shrink()]
    show(lambda: t(lst))

    b = t(b"\xb9\x01\xef")
    for sep in ["", "xx", "\xff", b"\xff", b"\x80", b"\x00", "\x7f", ":", b"$"]:
        show(lambda: b.hex(sep))
    print(b.hex(":", -1), b.hex(":", 2), b.hex("*", -2), b.hex(":", 0), b.hex(":", 4))


# __bytes__ of a str subclass is used by bytes()
class StrWithBytes(str):
    def __new__(cls, value):
        self = str.__new__(cls, "\u20ac")
        self.value = value
        return self

    def __bytes__(self):
        return self.value


print(bytes(StrWithBytes(b"abc")), bytes(StrWithBytes(b"abc"), "utf-8"))

# an exhausted bytearray iterator stays exhausted
a = bytearray([1, 2, 3])
it = iter(a)
print(list(it))
a.append(9)
print(list(it), list(iter(a)))


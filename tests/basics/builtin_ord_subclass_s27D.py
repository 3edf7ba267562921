# ord() of an instance of a str, bytes or bytearray subclass answers for its
# value (bytes and bytearray subclasses raised TypeError)


class S(str):
    pass


class B(bytes):
    pass


class BA(bytearray):
    pass


class I(int):
    pass


print(ord(S("c")), ord(S("\u20ac")), ord(B(b"a")), ord(BA(b"\xff")))
print(ord("z"), ord(b"\x00"), ord(bytearray(b"q")))
for x in (S(""), S("ab"), B(b""), B(b"ab"), BA(), BA(b"xyz"), I(3), 3, "", b"ab", None):
    try:
        print(ord(x))
    except TypeError as e:
        print("TypeError", e)

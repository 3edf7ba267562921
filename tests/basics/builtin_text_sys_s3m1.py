# repr()/ascii() give back a str subclass that __repr__ returned; wording of
# str/bytes find-family argument counts; sys.maxunicode, sys.getsizeof;
# the names CPython puts in a script's __main__.
import sys


class S(str):
    pass


class W:
    def __repr__(self):
        return S("plain")


class U:
    def __repr__(self):
        return S("caf\xe9")


print(type(repr(W())).__name__, type(ascii(W())).__name__, repr(W()))
print(type(repr(U())).__name__, type(ascii(U())).__name__, ascii(U()))
print("%r|%s|{!r}".format(W()) % (W(), W()), f"{W()!r}")


class Bad:
    def __repr__(self):
        return 42


for f in (repr, ascii, str):
    try:
        f(Bad())
    except TypeError as e:
        print(f.__name__, e)


class M(type):
    def __repr__(cls):
        return S("meta")


class C(metaclass=M):
    pass


print(type(repr(C)).__name__, repr(C))

for meth in ["find", "rfind", "index", "rindex", "count", "startswith", "endswith"]:
    for obj in ["abc", b"abc", bytearray(b"abc")]:
        try:
            getattr(obj, meth)(obj[:1], 0, 1, 2)
        except TypeError as e:
            print(type(obj).__name__, e)
    try:
        getattr("abc", meth)()
    except TypeError as e:
        print(e)
try:
    [].index(1, 2, 3, 4)
except TypeError as e:
    print(e)

print(sys.maxunicode, chr(sys.maxunicode) == "\U0010ffff")
print(sys.getsizeof(1) > 0, sys.getsizeof("abc") > 0, sys.getsizeof([1, 2]) > 0)


class Sized:
    def __init__(self, n):
        self.n = n

    def __sizeof__(self):
        return self.n


print(sys.getsizeof(Sized(0)) == sys.getsizeof(Sized(10)) - 10)
try:
    sys.getsizeof(Sized(-1))
except ValueError as e:
    print(e)
try:
    sys.getsizeof(Sized("x"))
except TypeError as e:
    print("TypeError")
print(sys.getsizeof(Sized("x"), "dflt"))
try:
    sys.getsizeof(Sized(-1), "dflt")
except ValueError as e:
    print("ValueError despite default")

g = globals()
print(sorted(k for k in g if k.startswith("__")))
print(__package__, __spec__, __annotations__, __cached__)
x: int = 5
print(__annotations__)

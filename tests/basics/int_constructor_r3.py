# int() corner cases: x is positional-only, __trunc__ is still used
# (CPython 3.11 warns on stderr only), float.fromhex on a subclass.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)

t(lambda: int(x=1))
t(lambda: int("12", base=8))
t(lambda: int(base=8))

class Trunc:
    def __trunc__(self):
        return 5
class TruncIndex:
    def __trunc__(self):
        class I:
            def __index__(self):
                return 9
        return I()
class TruncBad:
    def __trunc__(self):
        return "x"
class Nothing:
    pass
t(lambda: int(Trunc()))
t(lambda: int(TruncIndex()))
t(lambda: int(TruncBad()))
t(lambda: int(Nothing()))

class MyFloat(float):
    pass
f = MyFloat.fromhex("0x1.8p1")
print(type(f).__name__, f)
print(type(float.fromhex("0x1p-2")).__name__, float.fromhex("0x1p-2"))

# seq * n with a huge count.
for s in ["a", [1], (1,), b"a", bytearray(b"a")]:
    t(lambda: s * -(2**100))
    t(lambda: s * (2**100))
    print(s * -1, s * 0, 2 * s)

# int()/float() of buffers parse their bytes; errors show bytes.
for v in [b"12", bytearray(b" 7 "), memoryview(b"42"), bytearray(b"a"), memoryview(b"x"), b"1.5"]:
    for f in (int, float):
        try:
            print(f(v))
        except ValueError as e:
            print("ValueError", str(e)[:44])

# from_bytes on a subclass (bool included) returns an instance of it.
print(bool.from_bytes(b"\x01", "big"), type(bool.from_bytes(b"\x00", "big")).__name__, bool.from_bytes([0], "big"))
class MyInt(int):
    pass
x = MyInt.from_bytes(b"\x01\x00", "little")
print(type(x).__name__, x, int.from_bytes([1, 2], "big"))

# complex() takes digits and spaces of any script, like int() and float().
for s in [" \u2003inf", "\u0661\u0662", "\u20037.", ".\u0661", "\u0661+\u0662j", "(\u0663j)"]:
    print(complex(s), float(s.strip("()j+\u0662")) if "j" not in s else "")

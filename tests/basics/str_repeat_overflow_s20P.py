# str and bytes repetition: a result longer than the ssize_t range is an
# OverflowError (CPython's "repeated string/bytes are too long"), before
# any allocation; shorter ones that cannot be allocated are a MemoryError.
import sys

big = sys.maxsize


def show(f):
    try:
        r = f()
        print(type(r).__name__, len(r))
    except (OverflowError, MemoryError) as e:
        print(type(e).__name__, e)


for s in ("ab", b"ab", "x", b"x"):
    show(lambda: s * big)
    show(lambda: big * s)
    show(lambda: s * (big // 2 + 1))
    show(lambda: s * 3)
show(lambda: "" * big)
show(lambda: b"" * big)


def inplace():
    s = "abc"
    s *= big
    return s


show(inplace)

# Arguments CPython converts to a C int (chr, splitlines, hex's
# bytes_per_sep, expandtabs): past its range an OverflowError
# ("... to C int"), inside it the function's own range check.


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


def show(f):
    try:
        print(repr(f()))
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)


for v in (0x10FFFF, 0x110000, -1, 2**31 - 1, 2**31, -(2**31), -(2**31) - 1, 2**64, -(2**64)):
    show(lambda: chr(v))
    show(lambda: chr(Idx(v)))
show(lambda: chr(1.5))
show(lambda: chr("a"))

for v in (0, 1, 2**31 - 1, 2**31, -(2**64), Idx(1), True):
    show(lambda: "a\nb".splitlines(v))
    show(lambda: b"a\nb".splitlines(v))
show(lambda: "a\nb".splitlines(1.5))

for v in (2, -2, 2**31 - 1, 2**31, -(2**31) - 1, 2**64, Idx(2)):
    show(lambda: b"abcde".hex(":", v))
    show(lambda: memoryview(b"abcde").hex("-", v))

for v in (4, -1, 0, 2**31, -(2**31) - 1, 2**64, Idx(3), True, 1.5, None):
    show(lambda: "a\tb".expandtabs(v))
    show(lambda: bytearray(b"a\tb").expandtabs(tabsize=v))

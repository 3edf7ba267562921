# Indexes and repeat counts that fit a machine word (sys.maxsize and the like)
# but not a small int: an index is simply out of range, a negative count
# repeats nothing, a positive one cannot be allocated; only values past the
# machine range "cannot fit". Also bytearray's own wording for bad items and
# %d of an int subclass (its int value, not its __int__).
import sys

M = sys.maxsize


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Ix:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


for big in (M, -M, -M - 1, 2**62, -(2**62) - 1, M + 1, -M - 2, 2**100):
    print("index", big)
    show(lambda: "abc"[big])
    show(lambda: b"abc"[big])
    show(lambda: bytearray(b"abc")[big])
    show(lambda: [1, 2][big])
    show(lambda: (1, 2)[big])
    show(lambda: memoryview(b"ab")[big])
    show(lambda: [1, 2][Ix(big)])
    show(lambda: [1, 2].pop(big))
    l = [1]

    def setitem():
        l[big] = 0

    show(setitem)

for n in (-M, -M - 1, -(2**62) - 1, -M - 2, -(2**100)):
    print("count", n)
    show(lambda: [1] * n)
    show(lambda: n * (1,))
    show(lambda: "ab" * n)
    show(lambda: b"ab" * n)
    show(lambda: bytearray(b"ab") * n)
for n in (M, 2**62):
    show(lambda: [1, 2] * n)
    show(lambda: "a" * n)

show(lambda: bytearray([1, 300]))
show(lambda: bytes([1, 300]))
show(lambda: bytearray(1.5))
show(lambda: bytes(1.5))


def slice_assign(v):
    b = bytearray(b"abc")
    b[0:2] = v
    return b


show(lambda: slice_assign(None))
show(lambda: slice_assign(1.5))
show(lambda: slice_assign(5))
show(lambda: slice_assign("xy"))
show(lambda: slice_assign([120]))


class I(int):
    def __int__(self):
        return 8

    def __index__(self):
        return 9


print("%d %i %u" % (I(5), I(5), I(5)))
print("%x %o" % (I(5), I(5)))


class F(float):
    def __int__(self):
        return 8


print("%d" % F(2.5))

# bisect's lo/hi are sizes: __index__ objects are taken, floats refused,
# a bool counts as its int, and hi=-1 stands for len(a) like hi=None
import bisect


class X:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


a = [0, 5, 10, 15, 20]
for lo, hi in [(X(1), None), (0, X(3)), (True, True), (2, -1), (0, -2), (X(4), X(5))]:
    for f in (bisect.bisect_left, bisect.bisect_right):
        print(f.__name__, repr(f(a, 12, lo, hi)))
for lo, hi in [(1.0, None), (0, 2.0), ("1", None), (-1, None), (X(-1), None)]:
    try:
        print(bisect.bisect(a, 12, lo, hi))
    except Exception as e:
        print(type(e).__name__)
l = [1, 3]
bisect.insort(l, 2, X(0), X(2))
print(l)
try:
    bisect.insort((1, 3, 5), 4, lo=X(1))
except Exception as e:
    print(type(e).__name__)
# both are converted before lo's sign is checked
for lo, hi in [(-1, "2"), (-1, 1.0), (-1, 2)]:
    try:
        print(bisect.bisect_left(a, 3, lo, hi))
    except Exception as e:
        print(type(e).__name__)
# insort converts lo/hi before it calls key on the item, and checks lo after


def k(v):
    print("key", v)
    return v


for lo, hi in [(0, "2"), (-1, None), (1.0, 2), (0, None)]:
    l = [1, 3]
    try:
        bisect.insort(l, 2, lo, hi, key=k)
        print(l)
    except Exception as e:
        print(type(e).__name__)

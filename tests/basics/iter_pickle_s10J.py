# Pickling and copying the built-in iterators (range, list, tuple, the
# __getitem__ iterator, enumerate, reversed): a round trip gives an iterator
# that continues where the original was, as CPython.
import pickle
import copy


def rt(it, proto):
    return pickle.loads(pickle.dumps(it, proto))


class Seq:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError
        return i * i


class Seq2(Seq):
    def __len__(self):
        return self.n


M = 2**63
cases = [
    ("range", lambda: iter(range(10))),
    ("range step", lambda: iter(range(20, 3, -3))),
    ("range empty", lambda: iter(range(0))),
    ("range big", lambda: iter(range(M - 3, M + 2))),
    ("range big step", lambda: iter(range(-M, M, M // 2))),
    ("range big down", lambda: iter(range(M + 4, M - 4, -3))),
    ("range huge step", lambda: iter(range(1, 5, M))),
    ("list", lambda: iter([1, "a", (2, 3), None])),
    ("list empty", lambda: iter([])),
    ("tuple", lambda: iter((5, 6, 7))),
    ("getitem", lambda: iter(Seq(5))),
    ("enumerate", lambda: enumerate([7, 8, 9])),
    ("enumerate start", lambda: enumerate((7, 8, 9), 100)),
    ("enumerate big start", lambda: enumerate(range(3), 2**70)),
    ("reversed list", lambda: reversed([1, 2, 3, 4])),
    ("reversed tuple", lambda: reversed((1, 2, 3))),
    ("reversed seq", lambda: reversed(Seq2(4))),
]
for name, make in cases:
    for proto in (0, 2, pickle.HIGHEST_PROTOCOL):
        it = make()
        r = [list(rt(it, proto))]
        it = make()
        for skip in range(2):
            try:
                next(it)
            except StopIteration:
                break
            r.append(list(rt(it, proto)))
        r.append(list(copy.copy(it)))
        r.append(list(it))
        r.append(list(rt(it, proto)))  # exhausted
        print(name, proto, r)

# The shapes of __reduce__ where ours is CPython's.
print(iter([1, 2]).__reduce__() == (iter, ([1, 2],), 0))
it = iter((1, 2))
next(it)
print(it.__reduce__() == (iter, ((1, 2),), 1))
it = iter([1])
list(it)
print(it.__reduce__()[0] is iter, len(it.__reduce__()))
it = enumerate("ab", 3)
print(type(it.__reduce__()[0]).__name__, it.__reduce__()[1][1])
it = reversed([1, 2, 3])
print(it.__reduce__() == (reversed, ([1, 2, 3],), 2))
next(it)
print(it.__reduce__()[2])

# __setstate__ moves the position (negative: the start; past the end: done).
it = iter([10, 20, 30, 40])
it.__setstate__(2)
print(list(it))
it = iter((10, 20, 30))
it.__setstate__(-5)
print(list(it))
it = iter((10, 20, 30))
it.__setstate__(50)
print(list(it), it.__length_hint__())
it = iter(Seq(6))
it.__setstate__(4)
print(list(it))
it = iter(Seq(6))
it.__setstate__(-42)
print(list(it))
it = reversed([1, 2, 3, 4, 5])
it.__setstate__(1)
print(list(it))
it = reversed((1, 2, 3))
it.__setstate__(99)
print(list(it))
it = reversed((1, 2, 3))
it.__setstate__(-7)
print(list(it))
for bad in ("x", 1.5, None):
    try:
        iter([1]).__setstate__(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)

# A pickled list iterator shares the list with the pickled list.
lst = [1, 2, 3]
it = iter(lst)
next(it)
it2, lst2 = pickle.loads(pickle.dumps((it, lst)))
lst2.append(4)
print(list(it2))

# Values of every kind survive inside the pickled sequence.
it = iter([{1: 2}, b"x", 2**80, 1.5])
print(list(rt(it, 2)))

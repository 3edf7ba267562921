# __reduce__/__setstate__ of the built-in iterators in CPython 3.11's shapes:
# range iterators give (iter, (range(start, stop, step),), index); str,
# bytes and bytearray ones (iter, (seq,), index) or an empty seq once
# exhausted; dict and set ones (iter, ([what is left],)); callable_iterator
# (iter, (fun, sentinel)). Pickle and copy.copy continue where the original is.
import copy
import pickle


def show(name, it):
    r = it.__reduce__()
    print(name, r[0] is iter, r[1:])


def rest(it):
    r = it.__reduce__()
    return r[0] is iter, sorted(r[1][0]), len(r)


for args in [(10,), (3, 20, 4), (10, 0, -3), (0,), (2**70, 2**70 + 5), (2**65, 0, -2**64)]:
    it = iter(range(*args))
    show("range", it)
    next(it, None)
    show("range+1", it)
    list(it)
    show("range end", it)

show("reversed range", reversed(range(5)))

# __setstate__ moves to an absolute index, clamped to [0, len].
for args in [(5,), (2**65, 2**65 + 5)]:
    for i in [2, 7, -7, 0]:
        it = iter(range(*args))
        next(it)
        it.__setstate__(i)
        print("setstate", i, it.__reduce__()[2], [x - args[0] for x in it])
try:
    iter(range(5)).__setstate__(2**70)
except OverflowError:
    print("OverflowError")
try:
    iter(range(5)).__setstate__("x")
except TypeError:
    print("TypeError")

for seq in ["abc", "a\xe9\u20acz", b"abc", bytearray(b"abc"), "", b"", bytearray()]:
    it = iter(seq)
    show(type(seq).__name__, it)
    next(it, None)
    show("+1", it)
    c = copy.copy(it)
    p = pickle.loads(pickle.dumps(it))
    print(" copy", list(c), "pickle", list(p), "orig", list(it))
    show("end", it)

it = iter("a\xe9\u20acz")
it.__setstate__(2)
print(list(it))
it = iter("ab")
it.__setstate__(9)
print(list(it), it.__reduce__())
it = iter(b"ab")
it.__setstate__(-1)
print(it.__reduce__())
it = iter([1, 2])
list(it)
print(it.__reduce__())

d = {1: "a", 2: "b", 3: "c"}
for name, mk in [("keys", lambda: iter(d)), ("values", lambda: iter(d.values())),
                 ("items", lambda: iter(d.items())), ("reversed", lambda: reversed(d))]:
    it = mk()
    next(it)
    print(name, rest(it))
    c = copy.copy(it)
    p = pickle.loads(pickle.dumps(it))
    print(" copy", sorted(c), "pickle", sorted(p), "orig", sorted(it))
    print(" end", rest(it))

dd = {1: 2}
it = iter(dd)
dd[3] = 4
try:
    it.__reduce__()
except RuntimeError as e:
    print("RuntimeError", e)

for s in [{1, 2, 3}, frozenset("xyz")]:
    it = iter(s)
    first = next(it)
    ok, left, n = rest(it)
    print("set", ok, sorted(left + [first]) == sorted(s), len(left), n)
    print(" copy", sorted(copy.copy(it)) == left, sorted(pickle.loads(pickle.dumps(it))) == left, sorted(it) == left)

stack = [None, 3, 2, 1]
it = iter(stack.pop, None)
r = it.__reduce__()
print("callable", r[0] is iter, r[1][1], len(r[1]))
print(list(it), it.__reduce__())

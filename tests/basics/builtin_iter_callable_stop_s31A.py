# iter(callable, sentinel): a StopIteration raised by the callable ends the
# iteration (and the iterator stays exhausted), as in CPython; the sentinel
# is the left operand of the comparison.
it = iter([1, 2])
ci = iter(it.__next__, None)
print(list(ci), list(ci))

gen = (x for x in "ab")
print(list(iter(lambda: next(gen), "z")))

for x in iter(iter([3]).__next__, 0):
    print("for", x)

calls = []


def f():
    calls.append(1)
    if len(calls) > 2:
        raise StopIteration("done")
    return len(calls)


ci = iter(f, -1)
print(list(ci), next(ci, "end"), len(calls))


def g():
    raise ValueError("boom")


try:
    list(iter(g, 0))
except ValueError as e:
    print("ValueError", e)


class Sentinel:
    def __eq__(self, other):
        print("Sentinel.__eq__", other)
        return other == 3


class Value:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("Value.__eq__")
        return NotImplemented

    def __repr__(self):
        return "V%d" % self.v


n = iter([1, 2, 3, 4])
print(list(iter(lambda: next(n), Sentinel())))
vals = iter([Value(1), Value(2)])
s = Sentinel()
print(list(iter(lambda: next(vals), s)))

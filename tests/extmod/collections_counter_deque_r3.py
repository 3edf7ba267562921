# Counter unary +/- and multiset comparisons (CPython 3.10+: missing counts
# are zero); deque remove/index/count messages and a user __eq__ that
# mutates the deque during them (an error, never a crash).
from collections import Counter, deque


def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


c = Counter(a=-2, b=3, c=0, d=1)
print(+c, -c, +Counter(), -Counter())
print(type(+c).__name__, c)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=1, b=0), Counter(a=1) == Counter(a=2))
print(Counter(a=1) == {"a": 1}, Counter(a=1) == {"a": 1, "b": 0})
a, b = Counter(a=1, b=2), Counter(a=1, b=3, c=1)
print(a <= b, a < b, b >= a, b > a, a >= b, a > b, a <= a, a < a)
print(Counter(a=1, b=0) <= Counter(a=1), Counter(a=1, b=0) < Counter(a=1))
show(lambda: Counter() < {})

show(deque([1]).index, 5)
show(deque([1]).remove, 5)
show(deque([1]).remove, "x")
show(deque, maxlen="x")
d = deque([1, 2, 3])
d.remove(2)
print(d, d.index(3), d.count(1))


class Mut:
    def __init__(self, d, how):
        self.d = d
        self.how = how

    def __eq__(self, other):
        if self.how == "clear":
            self.d.clear()
        else:
            self.d.append(0)
        return True


for how in ("clear", "append"):
    for op in ("remove", "index", "count"):
        d = deque([1, 2, 3])
        m = Mut(d, how)
        try:
            print(op, how, getattr(d, op)(m), d)
        except (IndexError, RuntimeError) as e:
            print(op, how, type(e).__name__, e)

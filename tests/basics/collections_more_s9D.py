# deque, OrderedDict (popitem from either end), namedtuple, defaultdict
from collections import deque, OrderedDict, namedtuple
d = deque()
d.append(1); d.appendleft(0); print(d, len(d), d[0], d[-1])
d.extend([2, 3]); d.extendleft([-1, -2]); print(d, list(d))
print(d.pop(), d.popleft(), d)
d = deque([], 2); d.append(1); d.append(2); d.append(3); print(d, d.maxlen)
d.appendleft(0); print(d)
try: deque().pop()
except IndexError as e: print("IndexError", e)
try: deque().popleft()
except IndexError as e: print("IndexError", e)
d = deque([1, 2, 3]); d[0] = 9; print(d, 9 in d, 5 in d, bool(deque()), bool(d))
try: d[5]
except IndexError as e: print("IndexError", e)
d.rotate(1); print(d); d.rotate(-2); print(d)
d.remove(2); print(d)
print(d.index(3), d.count(3))
d.clear(); print(d)
d = deque(range(5)); d.reverse(); print(d); print(d.copy(), d == deque(range(4, -1, -1)))
print(deque("ab") + deque("c"), deque([1]) * 2)
d = deque([1, 2], maxlen=2); print(repr(d))
try: d.insert(0, 5)
except IndexError as e: print('IndexError', e)
try: deque([1], -1)
except ValueError as e: print("ValueError", e)
print(list(reversed(deque([1, 2, 3]))))
d = deque([1, 2]); del d[0]; print(d)
for x in deque([4, 5]): print(x)
it = iter(deque([1]))
print(next(it))
o = OrderedDict(); o["b"] = 1; o["a"] = 2; print(o, list(o), list(o.items()))
o = OrderedDict([("z", 1), ("y", 2)]); o["x"] = 3; print(o)
o.move_to_end("z"); print(list(o)); o.move_to_end("x", last=False); print(list(o))
print(o.popitem(), o.popitem(last=False), o)
print(OrderedDict(a=1) == OrderedDict(a=1), OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
print(type(OrderedDict(a=1).copy()).__name__, repr(OrderedDict()))
print(OrderedDict.fromkeys("ab"), isinstance(OrderedDict(), dict))
P = namedtuple("P", "x y")
p = P(1, 2); print(p, p.x, p.y, p[0], p[-1], len(p), p == (1, 2), tuple(p), type(p).__name__)
print(P(x=3, y=4), P(5, y=6))
try: P(1)
except TypeError: print("TypeError")
try: P(1, 2, 3)
except TypeError: print("TypeError")
try: p.x = 5
except AttributeError: print("AttributeError")
print(p._asdict(), p._replace(x=9), P._fields, P._make([7, 8]))
Q = namedtuple("Q", ["a", "b", "c"]); print(Q(1, 2, 3), isinstance(Q(1,2,3), tuple))
R = namedtuple("R", "a, b"); print(R(1, 2))
a, b = p; print(a, b)
class PP(P):
    def s(self): return self.x + self.y
print(PP(1, 2).s(), PP(1, 2))
print(hash(P(1, 2)) == hash((1, 2)))
D = namedtuple("D", "a b", defaults=[5]) if True else None
print(D(1), D(1, 2))
E = namedtuple("E", "")
print(E())
print(p[:1], p + (3,), p * 2)
print(sorted([P(2, 1), P(1, 2)]))
from collections import deque
d = deque(range(5))
for op in ["d[1:2]", "d.insert(1, 9)", "d.index(3)", "d.index(3, 4)", "d.index(99)", "d.count(9)", "d.rotate()", "d.rotate(12)", "d.rotate(-13)", "d.extend(d)", "d.extendleft(d)",
           "d[-1]", "d[-100]", "d['a']", "d[1.0]", "d.maxlen", "len(d)", "d < deque([9])", "d == [1]", "d != deque()", "d * 2", "2 * d", "d.__copy__()",
           "deque(maxlen=3)", "deque(range(10), 3)", "deque([1], maxlen=None)", "deque([1], 'a')", "deque(1)", "hash(d)", "d.remove(99)", "reversed(deque([1])).__next__()",
           "del d[-1]", "del d[50]", "deque([1,2,3], 2).insert(0, 1)", "str(deque([1, 'a']))", "deque([[1]])", "d.__len__()", "bool(deque([0]))", "deque(iter([1, 2]), 1)"]:
    try: print(op, eval(op), d)
    except Exception as e: print(op, type(e).__name__, e)
d = deque([1, 2, 3], 3)
d += [4]; print(d); d *= 2; print(d)
d = deque()
d.append(d); print(d)
x = deque([1, 2])
try:
    for i in x: x.append(3)
except RuntimeError as e: print("RuntimeError", e)
import collections
from collections import defaultdict
d = defaultdict(list); d[1].append(2); print(d, d[1], d.default_factory, dict(d))
d = defaultdict(); 
try: d[1]
except KeyError as e: print("KeyError", e)
d = defaultdict(int, a=1); d["b"] += 1; print(sorted(d.items()), repr(defaultdict(int)))
print(d.get("zz"), "zz" in d, d.copy(), type(d.copy()).__name__)
try: defaultdict(1)
except TypeError as e: print("TypeError", e)
d = defaultdict(int, {1: 2}); print(d | {3: 4}, type(d | {3: 4}).__name__, {3: 4} | d, type({3:4} | d).__name__)
print(d == {1: 2}, isinstance(d, dict))
import copy
print(copy.copy(d), copy.deepcopy(defaultdict(list, {1: [2]})))
from collections import OrderedDict
o = OrderedDict((i, str(i)) for i in range(8))
del o[7]; del o[6]
print(o.popitem(), o.popitem(last=False), list(o))
o[10] = "x"; o.move_to_end(2, last=False); print(o.popitem(), list(o))
while o: print(o.popitem(), end=" ")
print()
try: o.popitem()
except KeyError: print("KeyError")
o = OrderedDict()
for i in range(3000):
    o[i] = i
    if i % 3: o.popitem()
print(len(o), list(o)[:5], o.popitem(False), o.popitem(True))

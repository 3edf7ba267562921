# collections, copy, bisect, pprint, nested container printing
from collections import namedtuple, OrderedDict, deque, ChainMap, Counter, defaultdict
import copy, bisect, pprint

Point = namedtuple("Point", "x y")
Emp = namedtuple("Emp", ["name", "dept", "salary"], defaults=[0])
p = Point(1, 2)
print(p, p.x + p.y, p._asdict(), p._replace(x=9), Point._fields, Point._make([5, 6]), tuple(p), p == (1, 2))
e = Emp("ann", "eng")
print(e, e.salary, Emp._field_defaults)
emps = [Emp("z", "ops", 5), Emp("a", "eng", 9), Emp("m", "eng", 7)]
print(sorted(emps, key=lambda e: (e.dept, -e.salary)))
x, y = p
print(x, y, *p, [*p, 3], {**p._asdict(), "z": 3})

od = OrderedDict()
for k in "banana":
    od[k] = od.get(k, 0) + 1
print(od, list(od.keys()))
od.move_to_end("b")
print(list(od), od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == dict(b=2, a=1))

dq = deque(range(5), maxlen=7)
dq.rotate(2); print(dq)
dq.rotate(-3); print(dq)
dq.extend([10, 11, 12]); print(dq, dq.maxlen)
dq.appendleft(-1); print(dq, dq[0], dq[-1], len(dq))
dq.extendleft("ab"); print(dq, dq.count("a"), dq.index("b"))
print(dq.pop(), dq.popleft(), list(reversed(dq))[:3])

cm = ChainMap({"a": 1}, {"a": 2, "b": 3}, {"c": 4})
print(cm["a"], cm["b"], cm["c"], len(cm), sorted(cm), cm.get("z", 0))
child = cm.new_child({"b": 30})
print(child["b"], child.parents["b"], "c" in child)

dd = defaultdict(lambda: defaultdict(int))
for w in "one two three two three three".split():
    dd[len(w)][w] += 1
print({k: dict(v) for k, v in sorted(dd.items())})
tree = lambda: defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
t["a"]["d"] = 2
def todict(d):
    return {k: todict(v) if isinstance(v, dict) else v for k, v in d.items()}
print(todict(t))

orig = {"l": [1, [2, 3]], "d": {"k": (4, [5])}, "s": "str"}
sh = copy.copy(orig)
dp = copy.deepcopy(orig)
orig["l"][1].append(99)
orig["d"]["k"][1].append(6)
print(sh["l"], dp["l"], sh["d"], dp["d"], sh["s"] is orig["s"])
class Node:
    def __init__(self, v):
        self.v = v
        self.children = []
        self.parent = None
    def add(self, c):
        c.parent = self
        self.children.append(c)
        return c
root = Node(0)
kid = root.add(Node(1))
kid.add(Node(2))
r2 = copy.deepcopy(root)
print(r2.children[0].parent is r2, r2.children[0].children[0].v, r2 is not root)

a = [1, 3, 3, 5, 8]
print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect(a, 10), bisect.bisect_left(a, 0))
bisect.insort(a, 4); bisect.insort_left(a, 3); print(a)
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90]])

data = {"users": [{"name": "ann", "roles": ["admin", "dev"], "meta": {"age": 31, "langs": ("py", "c")}},
                  {"name": "bob", "roles": [], "meta": {}}], "count": 2, "ratio": 0.125}
pprint.pprint(data, width=60)
print(pprint.pformat([list(range(12)), "x" * 30], width=40))
nested = [1, [2, [3, [4, [5]]]], (6, (7,)), {8: {9: [10]}}, {11}, frozenset({12}), b"13", bytearray(b"14"), 15.0, -0.0, 1e-10, None, True]
print(nested)
print(repr(nested[3]), str((1,)), (), [()], [[]], {"a": ()}, {(): []}, ((),))
rec = [1, 2]
rec.append(rec)
print(rec)
d = {"self": None}
d["self"] = d
print(d)
print([0.1, 0.2 + 0.1, 1 / 3, 2 / 3, 1e16, 1e-5, 123456789.123, 1.0, -2.5e-8, float("inf"), float("nan"), 3.0e22])
print({1: 1.5, 2.0: "x", (1, 2): [3.25]}, [round(x, 2) for x in (2.675, 0.125, 0.375, -1.005)], round(0.5), round(1.5), round(2.5), round(-0.5))
print(set() | {1}, {1, 2} & {2, 3}, {1, 2} - {2}, {1, 2} ^ {2, 3}, {1} < {1, 2}, {1, 2} >= {2}, frozenset([1]) == {1})
dv = {"a": 1, "b": 2}
print(dv.keys() & {"a", "z"}, sorted(dv.keys() | {"c"}), dv.keys() - {"a"}, list(dv.items()), ("a", 1) in dv.items())
print(Counter(a=3, b=1) + Counter(a=1, c=2), dict(Counter("mississippi").most_common(2)))

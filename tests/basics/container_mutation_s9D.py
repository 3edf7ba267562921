# containers mutated from __eq__/__index__/key callbacks, subclass overrides, error types
from collections import deque, OrderedDict
class E:
    def __init__(self, c, act): self.c, self.act = c, act
    def __eq__(self, o): self.act(self.c); return False
    def __lt__(self, o): self.act(self.c); return False
    def __gt__(self, o): self.act(self.c); return False
    def __hash__(self): return 1
def run(name, f):
    try: r = f(); print(name, "ok", type(r).__name__)
    except Exception as e: print(name, type(e).__name__)
for ctor, clear in [(list, lambda c: c.clear()), (deque, lambda c: c.clear()), (list, lambda c: c.extend(range(100))), (deque, lambda c: c.extend(range(100)))]:
    def mk():
        c = ctor(range(5)); c.append(E(c, clear)); c.extend(range(5)); return c
    run("count", lambda: mk().count(99))
    run("index", lambda: mk().index(99))
    run("remove", lambda: mk().remove(99))
    run("in", lambda: 99 in mk())
    run("eq", lambda: mk() == ctor(range(11)))
    run("lt", lambda: mk() < ctor([0, 1, 2, 3, 4, 99]))
    def srt():
        c = ctor([E(None, None) for i in range(5)]) 
        return c
l = list(range(20))
run("sortkey", lambda: l.sort(key=lambda x: l.append(x) or x))
l = list(range(20))
run("sortkey2", lambda: l.sort(key=lambda x: l.clear() or x))
class C:
    def __init__(self, l): self.l = l
    def __lt__(self, o): self.l.clear(); self.l.extend(range(50)); return True
l = []
l.extend(C(l) for i in range(20))
run("sortcmp", lambda: l.sort())
print(len(l))
l = [1, 2, 3]
def g():
    for i in range(3): l.append(i); yield i
run("extend_gen", lambda: l.extend(g()))
print(l)
l = [1, 2, 3]
def g2():
    for i in range(3): l.clear(); yield i
run("sliceassign_gen", lambda: l.__setitem__(slice(0, 2), g2()))
print(l)
class K:
    def __init__(self, d): self.d = d
    def __hash__(self): return 7
    def __eq__(self, o): self.d.clear(); return False
for ctor in [dict, OrderedDict]:
    d = ctor(); d[K(d)] = 1; 
    for i in range(20): d[i] = i
    run("dget", lambda: d.get(K(d)))
    d2 = ctor(); d2[K(d2)] = 1
    run("dset", lambda: d2.__setitem__(K(d2), 2))
    d3 = ctor(); d3[1] = K(d3); d3[2] = 0
    d4 = ctor(); d4[1] = 5; d4[2] = 0
    run("deq", lambda: d3 == d4)
    run("deq2", lambda: d4 == d3)
s = set()
class SK:
    def __hash__(self): return 3
    def __eq__(self, o): s.clear(); s.update(range(100)); return False
s.add(SK()); 
run("sadd", lambda: s.add(SK()))
run("sin", lambda: SK() in s)
s2 = {SK()}
run("sdisc", lambda: s2.discard(SK()))
x = [1, 2, 3]
class Idx:
    def __index__(self): x.clear(); return 1
run("idx", lambda: x[Idx()])
x = [1, 2, 3]
run("idxset", lambda: x.__setitem__(Idx(), 5))
x = [1, 2, 3]
run("sl", lambda: x[Idx():Idx()])
x = list(range(10))
run("slset", lambda: x.__setitem__(slice(Idx(), 5), [1]))
x = list(range(10))
run("insert", lambda: x.insert(Idx(), 1))
x = list(range(10))
run("pop", lambda: x.pop(Idx()))
x = list(range(10))
run("delsl", lambda: x.__delitem__(slice(1, Idx())))
x = list(range(10))
run("index", lambda: x.index(5, Idx()))
q = deque(range(10))
class QI:
    def __index__(self): q.clear(); return 1
run("dqidx", lambda: q[QI()])
q = deque(range(10))
run("dqins", lambda: q.insert(QI(), 1))
q = deque(range(10))
run("dqrot", lambda: q.rotate(QI()))
t = tuple(range(5))
print("done")
class L(list):
    def __iter__(self): return iter([9, 9])
    def __len__(self): return 42
l = L([1, 2])
print(list(l), tuple(l), len(l), l, sorted(l), [*l], set(l), sum(l))
a, b = l; print(a, b)
x = []; x.extend(l); print(x)
x = [0]; x += l; print(x)
print(l + [3], l * 2, l[0], l[:], type(l[:]).__name__)
class D(dict):
    def __setitem__(self, k, v): print("set", k); super().__setitem__(k, v * 10)
    def __getitem__(self, k): print("get", k); return super().__getitem__(k)
    def keys(self): print("keys"); return super().keys()
d = D(a=1); print(d); d["b"] = 2; print(d)
d.update(c=3); d.setdefault("e", 5); print(d)
print(dict(d), {**d}, d.get("a"), d["a"])
def f(**k): return k
print(f(**d))
n = {}; n.update(d); print(n)
class M(dict):
    def __missing__(self, k): return k * 2
m = M(); print(m[3], m.get(3), 3 in m, m)
class T(tuple):
    def __iter__(self): return iter("ab")
    def __getitem__(self, i): return "g"
t = T((1, 2)); print(list(t), t[0], tuple(t), t)
a, b = t; print(a, b)
print(*t)
class S(set):
    def __iter__(self): return iter([7])
s = S([1, 2]); print(sorted(s), list(s), set(s), s | {3}, frozenset(s))
class K(dict):
    def keys(self): return ["z"]
    def __getitem__(self, k): return 1
print(dict(K(a=5)), {}.update(K(a=5)), {**K(a=5)})
class LL(list):
    def __eq__(self, o): return True
print(LL([1]) == [2], [2] == LL([1]), LL() in [[5]])
class Str(str): pass
d = {Str("a"): 1}; print(d["a"], "a" in d, d)
class H(int):
    def __hash__(self): return 5
    def __eq__(self, o): return True
d = {H(1): "h"}; print(d.get(5), d.get(H(9)), len({H(1), H(2)}))
class R(list):
    def __reversed__(self): return iter("r")
print(list(reversed(R([1, 2]))))
class LE(list):
    def __len__(self): return 0
print(bool(LE([1])), not LE([1]))
# exception messages in my area
tests = ["{}[1]", "{}['a']", "{}[(1,2)]", "[][0]", "()[0]", "[1][1.5]", "[1]['a']", "(1,)[None]", "{}.pop('k')", "set().pop()", "set().remove(3)", "{1}.remove([])",
 "[].pop()", "[].remove(1)", "[].index(1)", "().index(1)", "{[]: 1}", "{[]}", "{}[[]]", "dict([1, 2])", "dict([(1,)])", "dict(1)", "list(1)", "tuple(None)", "set(1)",
 "[1, 2][1:2:0]", "[1] + (1,)", "(1,) + [1]", "[1] * 'a'", "1 in 5", "a, b = 1", "a, b = [1]", "a, b = [1, 2, 3]", "a, *b, c = [1]", "[1] < 1", "{1} < 1", "{} < {}",
 "[].sort(key=1)", "sorted([1, 'a'])", "hash([])", "hash({})", "hash(set())", "{}.fromkeys(1)", "{}.update(1)", "{}.get()", "{1: 2}.setdefault()", "[].insert(1)",
 "frozenset().add(1)", "().append(1)", "[].foo", "{}.x", "del [][0]", "del {}[1]", "[].__getitem__(5)", "{}.__getitem__(5)", "x = [1]; x[5] = 1", "x = (1,); x[0] = 1",
 "x = [1]; x['a'] = 1", "x = {}; x[[]] = 1", "[1,2].index(1, 5)", "{}.popitem()", "dict(a=1).pop()", "zip(1)", "reversed({1})", "iter(5)", "next([])",
 "[1, 2, 3][::0]", "[].extend(None)", "sum([[1]])", "max([])", "min(())"]
for t in tests:
    *pre, last = t.split("; ")
    try:
        for p in pre: exec(p)
        print(t, "->", eval(last) if "=" not in last or "==" in last else exec(last))
    except Exception as e:
        print(t, "EXC", type(e).__name__, e)
tests = ["list.__name__", "dict.__name__", "set.__name__", "frozenset.__name__", "tuple.__name__",
 "sorted([1], None)", "[1].sort(None)", "l = [1, 2]; list.__init__(l, [5]); l", "d = {1: 2}; dict.__init__(d, a=1); d", "s = {1}; set.__init__(s, [5]); s",
 "list.__new__(list)", "dict.__new__(dict)", "set.__new__(set)", "tuple.__new__(tuple, [1])", "frozenset.__new__(frozenset, [1])",
 "type([]).__class__", "list.append([1], 2)", "l=[]; list.append(l, 1); l", "dict.get({1: 2}, 1)", "dict.__getitem__({1: 2}, 1)",
 "type(list.__dict__).__name__", "list.__dict__['append']", "'append' in dir([])", "'keys' in dir({})", "'add' in dir(set())", "hasattr((), 'count')",
 "[].__class__.__mro__", "isinstance({}.keys(), object)", "l = [3, 2, 1]; l.sort(key=lambda x: l.append(x)); l",
 "l = [3, 1]; l.sort(key=lambda x: 1 / 0)", "sorted([3, 1], key=len)", "sorted('bca', reverse=1)", "sorted({3: 1, 1: 2})", "sorted([1,2], reverse=None)",
 "l = list(range(5)); del l[:]; l", "l = list(range(5)); l[::-1] = 'abcde'; l", "l = list(range(5)); l[::2] = []", "[].__iadd__([1])", "[1, 2].__mul__(2)", "[1].__rmul__(2)",
 "[1, 2].__imul__(2)", "{1}.__or__([1])", "{1}.__ior__({2})", "{1: 2}.__or__({})", "{1: 2}.__ior__([(3, 4)])", "{1: 2}.__ror__({3: 4})", "(1, 2).__mul__(2)",
 "[1, 2].__eq__((1, 2))", "[1].__lt__([2])", "(1,).__lt__([2])", "{}.__eq__(1)", "{1}.__le__({1, 2})", "{1}.__lt__([1])", "[].__hash__", "{}.__hash__", "set().__hash__", "().__hash__() == hash(())",
 "list(range(3)).__iter__().__next__()", "iter([]).__iter__ is not None", "iter({1: 2}).__next__()", "reversed([1]).__next__()", "len(reversed([1, 2]).__length_hint__.__name__)" ,
 "{}.__class__({1: 2})", "frozenset([1]).__contains__(1)", "set.add", "list.sort.__name__", "dict.items.__qualname__", "[].sort.__self__",
 "[1, 2, 3].copy().__len__()", "list((1, 2)).__sizeof__() > 0", "l = [1]; l.append(l); l", "t = ([],); t[0].append(t); t", "s = set(); s.add(frozenset()); s",
]
for t in tests:
    *pre, last = t.split("; ")
    try:
        for p in pre: exec(p)
        print(t, "->", eval(last))
    except Exception as e:
        print(t, "EXC", type(e).__name__)

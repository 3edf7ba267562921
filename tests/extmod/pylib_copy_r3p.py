# copy (frozen pure-Python module): copy, deepcopy, hooks, memo and cycles.
import copy
from collections import OrderedDict, defaultdict, deque, namedtuple

a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
print(b == a, b is a, b[1] is a[1])
print(c == a, c[1] is a[1], c[2]['k'] is a[2]['k'])

d = {'x': [1], 'y': (2, [3])}
print(copy.copy(d)['x'] is d['x'], copy.deepcopy(d)['y'][1] is d['y'][1])
s = {1, 2, (3, 4)}
print(copy.copy(s) == s, copy.copy(s) is s, sorted(copy.deepcopy(s), key=str))

t = (1, 2, 3)
print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2])
print(copy.deepcopy(t2) == t2, copy.deepcopy(t2) is t2)
fs = frozenset([1, 2])
print(copy.copy(fs) is fs, copy.deepcopy(fs) == fs)
for v in (None, 1, 2.5, 'str', b'by', True, 3j, len, int, range(3), Ellipsis):
    print(repr(v), copy.copy(v) is v, copy.deepcopy(v) is v)
ba = bytearray(b'xy')
print(copy.copy(ba), copy.copy(ba) is ba, copy.deepcopy(ba))


def f():
    pass


print(copy.deepcopy(f) is f)

# Cycles
lst = [1]
lst.append(lst)
lc = copy.deepcopy(lst)
print(lc[1] is lc, lc is not lst, lc[0])
dd = {}
dd['self'] = dd
dc = copy.deepcopy(dd)
print(dc['self'] is dc, dc is not dd)

# Shared references stay shared
shared = [0]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is not shared)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)


p = Point(1, [2])
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
print(p2, p2 is p, p2.y is p.y)
print(p3, p3.y is p.y, type(p3).__name__)


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = [1]


s1 = Slotted()
s2 = copy.copy(s1)
s3 = copy.deepcopy(s1)
print(s2.a is s1.a, s3.a == s1.a, s3.a is s1.a, hasattr(s2, 'b'))


class Hooked:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print('__copy__ called')
        return Hooked(self.v + 1)

    def __deepcopy__(self, memo):
        print('__deepcopy__ called', type(memo).__name__)
        return Hooked(copy.deepcopy(self.v, memo) * 10)


h = Hooked(1)
print(copy.copy(h).v, copy.deepcopy(h).v)


class NeedsArgs:
    def __init__(self, n):
        print('init called', n)
        self.n = n


na = NeedsArgs(5)
print(copy.copy(na).n, copy.deepcopy(na).n)


class MyList(list):
    pass


ml = MyList([1, [2]])
ml.attr = 'x'
mc = copy.copy(ml)
md = copy.deepcopy(ml)
print(type(mc).__name__, mc, mc.attr, mc[1] is ml[1])
print(type(md).__name__, md, md.attr, md[1] is ml[1])


class MyDict(dict):
    pass


mdc = copy.deepcopy(MyDict(a=[1]))
print(type(mdc).__name__, mdc)

P = namedtuple('P', 'x y')
pp = P(1, [2])
print(copy.copy(pp), copy.deepcopy(pp), copy.deepcopy(pp).y is pp.y)

od = OrderedDict([('b', 1), ('a', [2])])
print(copy.copy(od), copy.deepcopy(od)['a'] is od['a'])
df = defaultdict(list, {'k': [1]})
dfc = copy.deepcopy(df)
print(dfc['k'], dfc['k'] is df['k'], dfc.default_factory is list, dfc['new'])
dq = deque([1, [2]], 5)
dqc = copy.deepcopy(dq)
print(dqc, dqc.maxlen, dqc[1] is dq[1], copy.copy(dq))

class Stateful:
    def __init__(self):
        self.data = [1, 2]
        self.cache = 'derived'

    def __getstate__(self):
        return {'data': self.data}

    def __setstate__(self, state):
        print('__setstate__', sorted(state))
        self.__dict__.update(state)
        self.cache = 'rebuilt'


st = copy.deepcopy(Stateful())
print(st.data, st.cache)
st = copy.copy(Stateful())
print(st.data, st.cache)


class OnlyGet:
    def __getstate__(self):
        return {'k': [5]}


og = copy.deepcopy(OnlyGet())
print(og.k, vars(og))

memo = {}
x = [1]
y = copy.deepcopy([x, x], memo)
print(y[0] is y[1], id(x) in memo)

print(issubclass(copy.Error, Exception), copy.error is copy.Error)

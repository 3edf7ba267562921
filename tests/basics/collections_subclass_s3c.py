# Subclasses of deque/OrderedDict/defaultdict/Counter keep their class
# through copies and operators; module-qualified names of native types.
from collections import deque, Counter, OrderedDict, defaultdict
import array

print(array.array, deque, OrderedDict, defaultdict, Counter)
for o in (deque(), array.array('b'), OrderedDict(), defaultdict(), Counter()):
    try:
        hash(o)
    except TypeError as e:
        print(e)

class D(deque):
    pass
r = D([1]) + D([2])
print(type(r).__name__, r)
r = D([1, 2], maxlen=3) * 2
print(type(r).__name__, r, r.maxlen)
c = D([1, 2]).copy()
print(type(c).__name__, c)
d = D([1])
d += [2, 3]
print(type(d).__name__, d)
d *= 2
print(type(d).__name__, d)
print(D([1]) + deque([2]), type(deque([1]) + D([2])).__name__)
d.append(9)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d.pop(), d.popleft(), 3 in d)

class Counted(deque):
    made = 0
    def __init__(self, *args, **kw):
        Counted.made += 1
        super().__init__(*args, **kw)
x = Counted('ab') + Counted('c')
print(x, Counted.made)

class CC(Counter):
    pass
for o in (CC(), D()):
    try:
        hash(o)
    except TypeError as e:
        print(e)
cc = CC('aab')
print(cc.copy(), type(cc.copy()).__name__)
print(type(cc + CC('b')).__name__, cc + CC('b'))
print(cc.most_common(1), cc['z'])

class O(OrderedDict):
    pass
o = O(a=1)
print(o.copy(), type(o.copy()).__name__)
m = o | {'b': 2}
print(type(m).__name__, m)
o |= {'c': 3}
print(type(o).__name__, o)
o.move_to_end('a')
print(list(o))

class DD(defaultdict):
    pass
dd = DD(list)
dd['k'].append(1)
cp = dd.copy()
print(type(cp).__name__, cp, cp.default_factory)
print(type(dd | {'z': 0}).__name__)
class A(array.array):
    pass
try:
    hash(A('b'))
except TypeError as e:
    print(e)

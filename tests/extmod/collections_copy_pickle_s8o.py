# namedtuple pickles at every protocol; its methods bind when fetched from the
# class __dict__ by hand; copy.copy of an OrderedDict subclass keeps the
# instance's attributes; Counter.__delitem__ ignores a missing key.
import copy
import pickle
from collections import namedtuple, OrderedDict, Counter, defaultdict

Point = namedtuple('Point', 'x y')
p = Point(1, [2])
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    q = pickle.loads(pickle.dumps(p, proto))
    print(proto, q, type(q).__name__, q == p)
print(pickle.loads(pickle.dumps([Point(3, 4), Point(5, 6)])))

getnewargs = Point.__dict__['__getnewargs__']
print(getnewargs.__get__(p, Point)(), getnewargs.__get__(None, Point) is getnewargs)
print(Point.__dict__['_asdict'].__get__(p)())


class OD(OrderedDict):
    pass


o = OD([('b', 1), ('a', 2)])
o.tag = ['t']
for fn in (copy.copy, copy.deepcopy, lambda v: pickle.loads(pickle.dumps(v))):
    d = fn(o)
    print(type(d).__name__, list(d.items()), d.tag, d.tag is o.tag)
print(copy.copy(OrderedDict(x=1)))
print('__copy__' in vars(OrderedDict), '__copy__' in vars(defaultdict))


class C(Counter):
    pass


c = C(a=2)
c.tag = 1
print(type(copy.copy(c)).__name__, copy.copy(c), hasattr(copy.copy(c), 'tag'))
c.__delitem__('missing')
Counter.__delitem__(c, 'a')
print(c)
d = defaultdict(int, a=1)
try:
    d.__delitem__('missing')
except KeyError as e:
    print('KeyError', e)


class Logged(Counter):
    def __delitem__(self, key):
        print('del', key)
        super().__delitem__(key)


lc = Logged('ab')
del lc['a']
del lc['zz']
print(lc)

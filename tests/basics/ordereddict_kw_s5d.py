# OrderedDict's own keyword arguments, and dict's methods applied to the
# dict variants of collections.
from collections import OrderedDict, defaultdict, Counter

od = OrderedDict(a=1, b=2)
print(od.pop('a', default=5), od.pop('zz', default=6), od)
print(od.setdefault('c', default=3), od.setdefault('b', default=9), od)
print(OrderedDict.fromkeys('xy', value=0), OrderedDict.fromkeys('xy'))
try:
    {}.pop('a', default=1)
except TypeError:
    print('dict.pop: TypeError')

# Reading through dict's methods (CPython's OrderedDict keeps its own order
# list, so writes through dict's methods are not compared here).
print(dict.__getitem__(od, 'b'), dict.get(od, 'zz', 'no'), dict.__len__(od), dict.__contains__(od, 'c'))

dd = defaultdict(list)
dict.__setitem__(dd, 1, 2)
dict.update(dd, {3: 4})
print(dd, dict.__getitem__(dd, 3))
dict.__delitem__(dd, 1)
print(dd)

class Sub(Counter):
    pass
c = Sub('aab')
dict.update(c, z=3)
dict.setdefault(c, 'y', 7)
print(c, dict.pop(c, 'a'), c)
dict.clear(c)
print(c)

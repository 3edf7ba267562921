# OrderedDict: insertion order, move_to_end, popitem(last=), order-sensitive ==
from collections import OrderedDict

od = OrderedDict()
od['b'] = 1
od['a'] = 2
od['c'] = 3
print(od, list(od), list(od.keys()), list(od.values()), list(od.items()), len(od))
print(od.popitem(), od.popitem(last=False), od)
od = OrderedDict([('x', 1), ('y', 2), ('z', 3)])
od.move_to_end('x')
print(od)
od.move_to_end('z', last=False)
print(od)
try:
    od.move_to_end('nope')
except KeyError:
    print('KeyError')
print(od == OrderedDict([('z', 3), ('y', 2), ('x', 1)]), od == OrderedDict([('x', 1), ('y', 2), ('z', 3)]))
print(od == {'x': 1, 'y': 2, 'z': 3}, {'x': 1, 'y': 2, 'z': 3} == od, isinstance(od, dict))
print('x' in od, od.get('q', 0), od.setdefault('w', 4), od.pop('y'), od, od.copy(), OrderedDict(a=1))
od.update({'k': 0}, m=1)
print(od, dict(od), OrderedDict.fromkeys('ab', 0), OrderedDict(), repr(OrderedDict()))
try:
    OrderedDict().popitem()
except KeyError:
    print('KeyError')
del od['k']
print(od | {'n': 5}, sorted(od))

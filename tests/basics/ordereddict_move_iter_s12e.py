# OrderedDict: move_to_end during iteration raises RuntimeError at the next
# step (as does a change of size); moving the key already at that end is no
# change; views taken before move_to_end(last=False) see the new order.
from collections import OrderedDict
od = OrderedDict.fromkeys('abcde')
try:
    for i, k in enumerate(od):
        od.move_to_end(k)
        print(i, k)
except RuntimeError:
    print('RuntimeError')
print(list(od))
try:
    for k in od:
        od['f'] = None
except RuntimeError:
    print('RuntimeError')
try:
    for k in od:
        del od['c']
except RuntimeError:
    print('RuntimeError')
print(list(od))
for k in od:
    od.move_to_end('f')
    od.move_to_end('b', last=False)
print(list(od))
od = OrderedDict.fromkeys('abc')
k, v, it = od.keys(), od.values(), od.items()
od.move_to_end('c', last=False)
print(list(k), list(v), list(it), list(reversed(od)))
od['d'] = 1
print(list(k), len(k), 'd' in k, od)
od.move_to_end('a')
print(od, od.popitem(), od.popitem(last=False))
try:
    od.move_to_end('zz')
except KeyError as e:
    print('KeyError', e)
# The same through a subclass and through __iter__().
class OD(OrderedDict):
    pass
for od in (OD.fromkeys('abc'), OrderedDict.fromkeys('abc')):
    try:
        for k in od:
            od.move_to_end(k)
    except RuntimeError:
        print('RuntimeError')
    it = od.__iter__()
    print(next(it))
    od.move_to_end('a', last=False)
    try:
        next(it)
    except RuntimeError:
        print('RuntimeError', list(od))

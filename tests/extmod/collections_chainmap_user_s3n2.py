import collections
from collections import UserDict, UserList, UserString, ChainMap
print(UserDict is collections.UserDict, UserDict(a=1), UserList([1, 2]), UserString('ab') + 'c')
try:
    collections.nope
except AttributeError as e:
    print('AttributeError', e)
try:
    from collections import nope
except ImportError as e:
    print('ImportError')
print(hasattr(collections, 'ChainMap'), hasattr(collections, 'zzz'))
a = {'x': 1, 'y': 2}; b = {'y': 20, 'z': 30}
cm = ChainMap(a, b)
print(cm, len(cm), list(cm), sorted(cm.items()), cm['y'], cm['z'], cm.get('q', 5), 'z' in cm, bool(cm))
print(bool(ChainMap()), ChainMap(), ChainMap({}, {}).maps)
cm['z'] = 3; print(a, b)
del cm['z']; print(a)
try:
    del cm['z']
except KeyError as e:
    print('KeyError', e)
print(cm.pop('x'), cm.pop('nope', 'dflt'))
try:
    cm.pop('nope')
except KeyError as e:
    print('KeyError', e)
c2 = cm.new_child(); c2['w'] = 9; print(c2, c2.parents, c2.maps[0])
c3 = cm.new_child({'k': 1}, j=2); print(c3)
print(ChainMap.fromkeys('ab', 0), cm.copy(), type(cm.copy()).__name__)
print(cm | {'n': 1}, {'n': 1} | cm)
cm |= {'m': 7}; print(cm)
cm.clear(); print(cm)
try:
    cm.popitem()
except KeyError as e:
    print('KeyError', e)
class D(ChainMap):
    def __missing__(self, key): return 'miss'
d = D({1: 2}); print(d[1], d[5], d)
r = ChainMap(); r.maps[0]['self'] = r; print(r)
print(isinstance(cm, collections.abc.MutableMapping))
print(list(ChainMap({'a': 1, 'b': 2}, {'c': 3, 'a': 0}).keys()), list(ChainMap({'a': 1}, {'c': 3, 'a': 0}).values()))
ns = {}
exec('from collections import *', ns)
print(sorted(k for k in ns if not k.startswith('_')))

# A subclass of OrderedDict, defaultdict or Counter decides missing keys with
# its own __missing__, as dict subclasses do.
import collections
class O(collections.OrderedDict):
    def __missing__(self, k):
        return 'miss-%s' % k
o = O(a=1)
print(o['a'], o['zz'], 'zz' in o)
class DD(collections.defaultdict):
    def __missing__(self, k):
        return 'dd-%s' % k
d = DD(list)
print(d['x'], dict(d))
class DD2(collections.defaultdict):
    pass
d2 = DD2(list); d2['q'].append(1); print(dict(d2))
class C(collections.Counter):
    def __missing__(self, k):
        return 42
print(C('ab')['z'], C('ab')['a'])
class O2(collections.OrderedDict): pass
try:
    O2()['k']
except KeyError as e: print('KeyError', e)
print(O(a=1).get('zz'))

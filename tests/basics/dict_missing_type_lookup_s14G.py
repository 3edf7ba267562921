# A dict subclass's __missing__ is looked up on its type, as CPython does:
# an AttrDict whose __getattr__ is dict.__getitem__ must raise KeyError for
# a missing key (not recurse through __getattr__('__missing__')), and an
# instance attribute named __missing__ is not used.
class AttrDict(dict):
    __getattr__ = dict.__getitem__
    __setattr__ = dict.__setitem__


ad = AttrDict(x=1)
ad.y = 2
print(ad.x, ad.y, ad)
try:
    ad.zz
except KeyError as e:
    print('KeyError', e)
try:
    ad['zz']
except KeyError as e:
    print('KeyError', e)


class Logged(dict):
    def __getattr__(self, name):
        print('getattr', name)
        raise AttributeError(name)


d = Logged(a=1)
try:
    d['b']
except KeyError as e:
    print('KeyError', e)


class WithMissing(dict):
    def __missing__(self, key):
        return key * 2


w = WithMissing()
print(w['ab'], w.get('ab'), len(w))


class Plain(dict):
    pass


p = Plain()
p.__missing__ = lambda key: 'instance'
try:
    p['k']
except KeyError as e:
    print('KeyError', e)

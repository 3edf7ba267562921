# obj.__dict__ may be set to a dict subclass, including the object itself
# (the "attribute dict" idiom); object.__subclasshook__ exists.
class AttrDict(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.__dict__ = self

d = AttrDict(a=1)
print(d.a, d['a'])
d.b = 2
d['c'] = 3
print(d['b'], d.c, sorted(d.items()))
del d.a
print('a' in d, sorted(d))


class D(dict):
    pass


class O:
    pass


o = O()
o.__dict__ = D(x=5)
print(o.x)
o.y = 6
print(sorted(vars(o).items()))
for bad in (1, [], None):
    try:
        o.__dict__ = bad
    except TypeError as e:
        print('TypeError')

print(object.__subclasshook__(), object.__subclasshook__(int), O.__subclasshook__(int))
print('__subclasshook__' in dir(o))


class Hooked:
    @classmethod
    def __subclasshook__(cls, C):
        r = super().__subclasshook__(C)
        return 'hooked' if r is NotImplemented else r


print(Hooked.__subclasshook__(int))

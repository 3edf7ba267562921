# copy/deepcopy: __reduce_ex__/__reduce__ reductions, __getnewargs_ex__,
# state restored before a dict subclass's items, bound methods, code objects.
import copy


class R:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        return (R, (self.v + 1,), {'extra': [1]})


r = R(1)
c = copy.copy(r)
d = copy.deepcopy(r)
print(type(c).__name__, c.v, c.extra, d.v, d.extra)


class S:
    def __reduce_ex__(self, proto):
        return 'S'


s = S()
print(copy.copy(s) is s, copy.deepcopy(s) is s)


class L(list):
    def __reduce__(self):
        return (L, (), None, iter(self))


ll = L([1, [2]])
ld = copy.deepcopy(ll)
print(type(ld).__name__, ld, ld[1] is ll[1])


class Six:
    def __reduce__(self):
        return (Six, (), None, None, None, None)


for f in (copy.copy, copy.deepcopy):
    try:
        f(Six())
    except TypeError:
        print('TypeError')


class K(int):
    def __new__(cls, *, tag):
        self = int.__new__(cls, 7)
        self.tag = tag
        return self

    def __getnewargs_ex__(self):
        return (), {'tag': self.tag}


k = copy.copy(K(tag='t'))
print(type(k).__name__, k, k.tag)


class KD(dict):
    def __init__(self, d=None):
        self.order = list(d or ())
        super().__init__(d or {})

    def __setitem__(self, key, item):
        super().__setitem__(key, item)
        if key not in self.order:
            self.order.append(key)


kd = copy.deepcopy(KD({'a': 1}))
print(type(kd).__name__, kd, kd.order)


class Obj:
    def m(self):
        return self


o = Obj()
o.b = o.m
g = copy.deepcopy(o)
print(g.b.__self__ is g, g.b() is g, copy.copy(o.m) == o.m)


def fn():
    pass


print(copy.copy(fn.__code__) is fn.__code__, copy.deepcopy(fn.__code__) is fn.__code__)

# functools.partialmethod, partial subclasses, partial copy/setstate,
# copy of an lru_cache wrapper.
import functools, copy


def show(*a, **k):
    return a[1:], sorted(k.items())


class Box:
    one = functools.partialmethod(show, 1, c=2)
    two = functools.partialmethod(one, 3, d=4)

    def tag(self, x, y):
        return (type(self).__name__, x, y)

    first = functools.partialmethod(tag, 'first')


b = Box()
print(b.one(5, e=6))
print(b.two(7))
print(b.two(7, c=9))
print(b.first(8), Box.first(b, 9))
pm = Box.__dict__['one']
print(pm.func is show, pm.args, pm.keywords)
print(repr(functools.partialmethod(max, 1, k=2)))
try:
    functools.partialmethod(5)
except TypeError as e:
    print('TypeError', e)


class Sub(functools.partial):
    def __call__(self, *a):
        return ('Sub', super().__call__(*a))


s = Sub(max, 3)
print(s(1), s(7), s.func is max, s.args, isinstance(s, functools.partial))


def sig(*a, **k):
    return a, k


p = functools.partial(sig, ['x'], bar=[True])
p.attr = []
c = copy.copy(p)
print(c(1), c.attr is p.attr, c.args is p.args, c.keywords is p.keywords)
d = copy.deepcopy(p)
print(d(2), d.attr is p.attr, d.args == p.args, d.args[0] is p.args[0])
r = p.__reduce__()
print(r[0] is functools.partial, r[1][0] is sig, len(r[2]))
g = functools.partial(max)
g.__setstate__((min, (5,), None, None))
print(g(3), g.keywords, g.args)
for bad in [(1, 2, 3), [min, (), None, None], (5, (), None, None), (min, 1, None, None)]:
    try:
        g.__setstate__(bad)
    except TypeError as e:
        print('TypeError', e)

s.extra = 1
sc = copy.copy(s)
print(type(sc).__name__, sc(10), sc.extra)


@functools.lru_cache
def cached(x):
    return x


print(copy.copy(cached) is cached, copy.deepcopy(cached) is cached)


# singledispatchmethod on plain methods: selects on the argument after self
class Neg:
    @functools.singledispatchmethod
    def neg(self, arg):
        raise NotImplementedError("cannot negate " + type(arg).__name__)

    @neg.register
    def _(self, arg: int):
        return -arg

    @neg.register(bool)
    def _(self, arg):
        return not arg

    @neg.register(list)
    @neg.register(tuple)
    def _(self, arg):
        return type(arg)(self.neg(x) for x in arg)


n = Neg()
print(n.neg(3), n.neg(True), n.neg([1, False, (2,)]))
try:
    n.neg('x')
except NotImplementedError as e:
    print(e)
print(Neg.neg.__name__)

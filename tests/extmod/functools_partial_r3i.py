# functools.partial: calls, the func/args/keywords attributes, flattening of
# nested partials, repr, attribute storage and errors.
import functools
from functools import partial

def f(*args, **kw):
    return args, sorted(kw.items())

p = partial(f, 1, 2, a=3)
print(p(), p(4, b=5), p(a=9))
print(p.func is f, p.args, p.keywords)
print(type(p).__name__, isinstance(p, partial), callable(p))
q = partial(p, 5, b=6)
print(q.func is f, q.args, q.keywords, q())
r = partial(q, a=0)
print(r.func is f, r.args, r.keywords)
print(partial(f)(), partial(f).args, partial(f).keywords)

# Keywords of the call win over the stored ones; stored dict unchanged.
print(p(a='call'), p.keywords)
print(partial(int, base=2)('101'), partial(int, '7f', 16)())
basetwo = partial(int, base=2)
basetwo.__doc__ = 'Convert base 2 string to an int.'
print(basetwo('10010'), basetwo.__doc__)
basetwo.extra = 1
print(basetwo.extra, sorted(basetwo.__dict__))
try:
    basetwo.func = len
except AttributeError:
    print('AttributeError func')
try:
    basetwo.missing
except AttributeError:
    print('AttributeError missing')
del basetwo.extra
print(hasattr(basetwo, 'extra'))

# A partial with attributes is not flattened.
inner = partial(f, 1)
inner.tag = 'x'
outer = partial(inner, 2)
print(outer.func is inner, outer.args, outer())

# repr without addresses
def named(a, b):
    return a - b
print(repr(partial(len, 'abc')), repr(partial(max, 1, key=abs)))
print(repr(partial(named, 1)).startswith('functools.partial(<function named at '))
print(repr(partial(partial(max, 3), 4, default=0)))

# Not a method: no self binding when stored on a class.
class C:
    meth = partial(f, 'bound?')
print(C().meth(1), C.meth(2))

# The partial outlives its arguments list.
args = [1, 2]
pp = partial(f, *args)
args.append(3)
print(pp())
print(list(map(partial(pow, 2), range(5))), sorted(['b', 'A', 'c'], key=partial(str.lower)))

for bad in [(), (1,), ('x', 1)]:
    try:
        partial(*bad)
    except TypeError as e:
        print('TypeError', e)
try:
    partial(named, 1)(2, 3)
except TypeError:
    print('TypeError call')

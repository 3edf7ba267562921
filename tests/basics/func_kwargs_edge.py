# keyword argument passing edge cases
def f(a, b=0, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(f(1, c=3), f(1, 2, 3, 4, c=5, e=6), f(c=1, a=2), f(*(1, 2), **{'c': 3, 'z': 0}))
print(f(1, **{'c': 2}, d=9), f(1, *[2, 3], c=0))
def g(**kw):
    return list(kw)
print(g(z=1, a=2, m=3), g(**{'b': 1}, a=2), g(**dict(x=1), **{'y': 2}))
def h(a, /, **kw):
    return a, kw
print(h(1, a=2))
try:
    g(**{1: 2})
except TypeError:
    print('TypeError non-str key')
class Mapping:
    def keys(self):
        return ['p', 'q']
    def __getitem__(self, k):
        return k.upper()
print(g(**Mapping()), (lambda **k: k)(**Mapping()))
try:
    f(1, c=1, **{'c': 2})
except TypeError:
    print('TypeError multiple values')
def defaults_kwonly(*, a=1, b):
    return a, b
print(defaults_kwonly(b=2), defaults_kwonly(b=3, a=4))

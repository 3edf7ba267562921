# **kwargs collects extra keyword arguments as a dict in call order
def f(**kw):
    return kw
print(f(), f(a=1), f(b=2, a=1, c=3))
def g(a, **kw):
    return a, kw
print(g(1, x=2), g(a=1, b=2))
def h(*args, **kw):
    return args, kw
print(h(1, 2, k=3))
d = f(z=26, y=25)
print(list(d.keys()), type(d).__name__)
try:
    g(1, a=2)
except TypeError:
    print('TypeError multiple values')

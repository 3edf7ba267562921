# keyword arguments keep call order in **kwargs and respect explicit names
def f(a, b=0, **kw):
    return a, b, list(kw.items())
print(f(1, z=1, y=2, x=3), f(b=5, a=4, c=6), f(**{'a': 7, 'q': 8}, r=9))
def g(*args, sep='-', **kw):
    return sep.join(map(str, args)), sorted(kw)
print(g(1, 2, 3), g(1, sep='+', end=1), g(*'ab', **{'sep': '/'}))

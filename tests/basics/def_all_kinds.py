# every kind of parameter in one signature
def f(p1, p2=2, /, n1=3, *args, k1, k2=6, **kw):
    return p1, p2, n1, args, k1, k2, kw
print(f(1, k1=5))
print(f(1, 20, 30, 40, 50, k1=5, k2=60, z=99))
print(f(1, n1=0, k1=1, extra='e'))
print(f(*[1, 2, 3, 4], **{'k1': 'K', 'p1': 'kw'}))

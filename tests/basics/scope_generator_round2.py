def gen():
    yield 1
g = gen()
print(g.__name__, gen.__name__, type(g).__name__, iter(g) is g, g.__qualname__)
class K:
    x = 5
    try: y = [x for _ in range(1)]
    except NameError as e: y = str(e)
    z = (lambda: 1)()
    def m(self): return x_glob
x_glob = 'g'
print(K.z, K().m())
class K2:
    a = 1
    try:
        b = [a for _ in range(2)]
    except NameError:
        b = 'NameError'
print(K2.b)
x = 'outer'
def f():
    print([x for x in range(2)], x)
f()
def closures():
    fs = []
    for i in range(3):
        def g(i=i): return i
        fs.append(g)
    return [g() for g in fs]
print(closures())
def late():
    res = []
    for i in range(3):
        res.append(lambda: i)
    return [r() for r in res]
print(late())
def unbound():
    try:
        print(v)
    except UnboundLocalError as e:
        print('UnboundLocalError', isinstance(e, NameError))
    v = 1
unbound()
def gen_in_gen():
    return list((i, j) for i in range(2) for j in (yield_x() for _ in range(2)))
def yield_x(): return 'x'
print(gen_in_gen())
def nonlocal_gen():
    n = 0
    def g():
        nonlocal n
        while True:
            n += 1
            yield n
    it = g(); next(it); next(it)
    return n
print(nonlocal_gen())
print([(lambda y: y * 2)(i) for i in range(3)], list(map(lambda s: s.upper(), 'ab')))
def defaults(a, L=[]):
    L.append(a)
    return L
defaults(1); print(defaults(2))
def star(*args, **kwargs): return args, kwargs
print(star(), star(*(), **{}), star(1, *[2, 3], 4, **{'a': 1}, b=2))
try:
    star(**{'a': 1}, **{'a': 2})
except TypeError:
    print('TypeError dup kw')
try:
    star(**{1: 2})
except TypeError:
    print('TypeError non-str kw')
print((lambda *a, k=3: (a, k))(1, 2), (lambda: (yield))().__class__.__name__)
def ret_in_gen():
    yield 1
    return 2
print(list(ret_in_gen()))
def try_in_gen():
    try:
        yield 1
        yield 2
    finally:
        print('gen finally')
# (CPython runs 'finally' when an abandoned generator is freed; MicroPython
# only on close(), so close explicitly)
g = try_in_gen()
for v in g:
    print(v)
    break
g.close()
print('end')

# A generator's __name__ and __qualname__ can be assigned (str only, never deleted).
class K:
    def m(self):
        yield 1


def func():
    yield 1


gen = func()
print(gen.__name__, gen.__qualname__)
gen.__name__ = "name"
gen.__qualname__ = "qualname"
print(gen.__name__, gen.__qualname__, func.__name__, func.__qualname__)
print(next(gen), func().__name__)
for attr in ('__name__', '__qualname__'):
    try:
        setattr(gen, attr, 123)
    except TypeError as e:
        print('TypeError', e)
    try:
        delattr(gen, attr)
    except TypeError as e:
        print('TypeError', e)
g = K().m()
g.__name__ = 'x'
print(g.__name__, g.__qualname__, list(g))

# Generator expressions and lambdas in comprehensions get CPython's __qualname__.
def f():
    return lambda: 0, (i for i in ()), [lambda: 1 for _ in (1,)][0]
class C:
    def m(self):
        return (i for i in ())
a, b, c = f()
print(a.__qualname__, b.__qualname__, c.__qualname__, C().m().__qualname__, (x for x in ()).__qualname__)
class A:
    g = (x for x in ())
print(A.g.__qualname__)

# repr() of a function follows its __qualname__, which changes independently
# of __name__ once either is assigned
import re


def show(f):
    print(re.sub(' at 0x[0-9a-fA-F]+', '', repr(f)), f.__name__, f.__qualname__, f.__dict__)


def g():
    pass


show(g)
g.__qualname__ = 'X.y'
show(g)
g.__name__ = 'z'
show(g)
g.__qualname__ = 'back'
show(g)


def h():
    pass


h.__name__ = 'renamed'
show(h)


class C:
    def m(self):
        """doc of m"""
        return 1


C.m.__qualname__ = 'Other.meth'
show(C.m)
print(C.m.__doc__, C().m())
C.m.__name__ = 'meth2'
show(C.m)


def outer():
    def inner(a):
        return a + 1
    return inner


f1, f2 = outer(), outer()
f1.__qualname__ = 'one'
show(f1)
show(f2)
print(f1(1), f2(2))
try:
    g.__qualname__ = 5
except TypeError as e:
    print('TypeError', e)


def gen():
    yield 1


gen.__qualname__ = 'G.gen'
print(gen().__qualname__)

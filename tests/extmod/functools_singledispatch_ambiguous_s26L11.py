# singledispatch: two registered ABCs that a class only subclasses by
# registration or by its methods, with no order between them, make dispatch
# refuse to guess (RuntimeError "Ambiguous dispatch: X or Y", in the order
# they were registered), as CPython does; a third ABC that derives from both,
# or one in the class's own MRO, settles it.
import functools
import abc
from collections import abc as c


def call(f, x):
    try:
        return f(x)
    except RuntimeError as e:
        return "RuntimeError: " + str(e)


@functools.singledispatch
def g(arg):
    return "base"


g.register(c.Iterable, lambda arg: "iterable")
g.register(c.Container, lambda arg: "container")
g.register(c.Sized, lambda arg: "sized")


class P:
    pass


p = P()
print(g(p))
c.Iterable.register(P)
print(g(p))
c.Container.register(P)
print(call(g, p))
# Not cached: asked again, the same answer; dispatch() itself refuses too.
print(call(g, p))
print(call(g.dispatch, P))


# Sized found from __len__ and Container by registration: no preference.
class U:
    def __len__(self):
        return 0


u = U()
print(g(u))
c.Container.register(U)
print(call(g, u))

# An ABC in the class's own bases comes first: no ambiguity.
class O(c.Sized):
    def __len__(self):
        return 0


c.Iterable.register(O)
c.Container.register(O)
print(g(O()))

# A registered ABC deriving from both settles it.
g.register(c.Collection, lambda arg: "collection")


class Q:
    def __len__(self):
        return 0

    def __iter__(self):
        return iter(())

    def __contains__(self, x):
        return False


print(g(Q()))
c.Collection.register(P)
print(g(p))


# User ABCs right below object, registered on a class.
class A(metaclass=abc.ABCMeta):
    pass


class B(metaclass=abc.ABCMeta):
    pass


@functools.singledispatch
def k(arg):
    return "base"


k.register(A, lambda a: "a")
k.register(B, lambda a: "b")


class X:
    pass


A.register(X)
print(k(X()))
B.register(X)
print(call(k, X()))
print(k(1), k("s"))

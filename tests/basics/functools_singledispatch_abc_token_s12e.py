# singledispatch with an ABC registered: a class registered with an ABC
# after a call was dispatched (and cached) dispatches anew.
import functools
import collections.abc as c
@functools.singledispatch
def g(arg):
    return "base"
g.register(c.Iterable, lambda arg: "iterable")
class P:
    pass
print(g(P()))
c.Iterable.register(P)
print(g(P()))
@functools.singledispatch
def h(arg):
    return "base"
h.register(int, lambda arg: "int")
class Q:
    pass
print(h(Q()), h(1), h(True))
c.Sized.register(Q)
h.register(c.Sized, lambda arg: "sized")
print(h(Q()), h([]), h(1))

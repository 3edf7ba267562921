# singledispatch places ABCs that a class subclasses only through register()
# in its MRO as CPython does: before a registered real base they derive
# from, before bases after the class's last ABC base, after the class itself.
import functools
import collections
import collections.abc as c


@functools.singledispatch
def g(arg):
    return "base"


class O(c.Sized):
    def __len__(self):
        return 0


o = O()
print(g(o))
g.register(c.Iterable, lambda arg: "iterable")
g.register(c.Container, lambda arg: "container")
g.register(c.Sized, lambda arg: "sized")
g.register(c.Set, lambda arg: "set")
print(g(o))
c.Iterable.register(O)
print(g(o))
c.Container.register(O)
print(g(o))
c.Set.register(O)
print(g(o))  # Set derives from Sized


class S:
    pass


class V(c.Sized, S):
    def __len__(self):
        return 0


@functools.singledispatch
def j(arg):
    return "base"


j.register(S, lambda arg: "s")
j.register(c.Container, lambda arg: "container")
v = V()
print(j(v))
c.Container.register(V)
print(j(v))  # right after Sized, before S


class R(collections.defaultdict):
    pass


c.MutableSequence.register(R)


@functools.singledispatch
def i(arg):
    return "base"


i.register(c.MutableMapping, lambda arg: "mapping")
i.register(c.MutableSequence, lambda arg: "sequence")
print(i(R()), i({}), i([]), i(collections.defaultdict()))


# the class itself always comes first; real bases before inferred ABCs
@functools.singledispatch
def k(arg):
    return "base"


k.register(dict, lambda arg: "dict")
k.register(c.MutableMapping, lambda arg: "mutablemapping")
print(k({}), k(collections.OrderedDict()), k(collections.UserDict()))


class T(S, c.Sized):
    def __len__(self):
        return 0


@functools.singledispatch
def h(arg):
    return "base"


h.register(c.Sized, lambda arg: "sized")
h.register(c.Container, lambda arg: "container")
print(h(T()))
c.Container.register(T)
print(h(T()))  # Sized is in T's MRO

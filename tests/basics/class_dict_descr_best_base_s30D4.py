# Where a class's __dict__ and __weakref__ descriptors live (session 30,
# helper D4): in each class whose instances get them while those of its best
# base (the base whose layout wins, see __base__) do not, as in CPython.


class Plain:
    pass


class I(Plain, int):
    pass


class Sl:
    __slots__ = ("a",)


class C(Plain, Sl):
    pass


class D(Sl, Plain):
    pass


class E(Plain):
    pass


class F(E, Plain):
    pass


for k in (Plain, I, C, D, E, F):
    print(k.__name__, k.__base__.__name__, sorted(n for n in vars(k) if n in ("__dict__", "__weakref__")))
o = C()
o.x = 1
o.a = 2
print(o.__dict__, o.a, D().__dict__, I(3).__dict__)
i = I(4)
i.y = 5
print(vars(i), i + 1)

# __class__ assignment needs the same instance layout
class C(object): pass
class D(object): pass
class E(object): pass
class F(D, E): pass
for cls in C, D, E, F:
    for cls2 in C, D, E, F:
        x = cls()
        x.__class__ = cls2
        assert x.__class__ is cls2
print('plain ok')
class G(object):
    __slots__ = ["a", "b"]
class H(object):
    __slots__ = ["b", "a"]
class I(object):
    __slots__ = ["a", "b"]
class J(object):
    __slots__ = ["c", "b"]
class K(object):
    __slots__ = ["a", "b", "d"]
class L(H):
    __slots__ = ["e"]
class M(I):
    __slots__ = ["e"]
class N(J):
    __slots__ = ["__weakref__"]
class P(J):
    __slots__ = ["__dict__"]
class Q(J):
    pass
class R(J):
    __slots__ = ["__dict__", "__weakref__"]
for cls, cls2 in ((G, H), (G, I), (I, H), (Q, R), (R, Q)):
    x = cls()
    x.a = 1
    x.__class__ = cls2
    print(x.__class__.__name__, x.a, end=' ')
    x.__class__ = cls
    print(x.__class__.__name__, x.a)
# (Two classes adding the same slots to different bases, L and M, are told
# apart by CPython but not here: not tested.)
n = 0
for cls in G, J, K, L, N, P, R:
    for cls2 in G, J, K, N, P, R, list:
        if cls is cls2:
            continue
        try:
            cls().__class__ = cls2
            print('allowed', cls.__name__, cls2.__name__)
        except TypeError:
            n += 1
print(n)

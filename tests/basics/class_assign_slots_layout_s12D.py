# __class__ assignment between classes with __slots__: allowed when the
# slots come from the same bases and the classes that differ declare the same
# names (in any order); refused (TypeError) when the same names are declared
# by different bases. A subclass adding only empty __slots__ (or none of its
# own slots along several levels) keeps its base's layout.
class G: __slots__ = ['a', 'b']
class H: __slots__ = ['b', 'a']
class I: __slots__ = ['a', 'b']
class L(H): __slots__ = ['e']
class M(I): __slots__ = ['e']
class A1: __slots__ = ['x']
class A2(A1): __slots__ = ['y']
class B2(A1): __slots__ = ['y']
class B(object): __slots__ = ['x', 'y']
class C(A2): __slots__ = ()
class D(C): __slots__ = []
class B1: __slots__ = ['x']
class B3(B1): __slots__ = ['y']
class Mixin: __slots__ = ()
class E(Mixin, A2): __slots__ = ()

pairs = ((G, H), (H, I), (L, M), (M, L), (A2, B2), (A2, B), (A2, C), (C, A2),
         (C, B2), (A2, B3), (B, C), (D, A2), (D, B2), (E, A2), (E, C), (E, B))
for a, b in pairs:
    o = a()
    try:
        o.__class__ = b
        print(a.__name__, b.__name__, 'ok', type(o).__name__)
    except TypeError:
        print(a.__name__, b.__name__, 'TypeError')

# The slot values stay with the object across the change.
o = A2()
o.x, o.y = 1, 2
o.__class__ = D
print(type(o).__name__, o.x, o.y)
o.__class__ = B2
print(type(o).__name__, o.x, o.y)

# Order of a new class's namespace: an absent __doc__ (None) comes after the
# __dict__/__weakref__ descriptors and the __slots__ members, as in CPython.
class C:
    pass
class D:
    'doc'
    x = 1
    def f(self):
        pass
class E(D):
    y = 2
class F:
    __slots__ = ('a', 'b')
class F2:
    __slots__ = ('__dict__', 'a')
class F3(F):
    __slots__ = ()
class G(Exception):
    pass
class H(int):
    pass
class T(tuple):
    pass
class M(type):
    pass
class W:
    __doc__ = 'w'
    z = 3
for c in (C, D, E, F, F2, F3, G, H, T, M, W):
    print(c.__name__, list(c.__dict__), repr(c.__doc__))
X = type('X', (), {'k': 1})
print(list(X.__dict__), X.__doc__)
Y = type('Y', (), {'__doc__': 'y', 'k': 1})
print(list(Y.__dict__), Y.__doc__)

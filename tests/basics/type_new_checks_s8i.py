# type(): surrogates in names and docstrings, bad __slots__, __base__ of
# several bases, and __qualname__ kept when __name__ is set.
def t(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__)
t(lambda: type('A\x00B', (), {}))
t(lambda: type('A\udcdcB', (), {}))
t(lambda: type(b'A', (), {}))
C = type('C', (), {})
def setname(v):
    C.__name__ = v
t(lambda: setname('A\x00B'))
t(lambda: setname('A\udcdcB'))
t(lambda: setname(b'A'))
print(C.__name__)
t(lambda: type('A', (), {'__doc__': 'x\udcdcy'}))
t(lambda: type('A', (), {'__doc__': 'x\x00y'}).__doc__ == 'x\x00y')
t(lambda: type('A', (), {'__slots__': b'x'}))
t(lambda: type('A', (int,), {'__slots__': 'x'}))
t(lambda: type('A', (), {'__slots__': ''}))
t(lambda: type('A', (), {'__slots__': '42'}))
t(lambda: type('A', (), {'__slots__': 'x\x00y'}))
t(lambda: type('A', (), {'__slots__': 'x', 'x': 0}))
t(lambda: type('A', (), {'__slots__': ('__dict__', '__dict__')}))
t(lambda: type('A', (), {'__slots__': ('__weakref__', '__weakref__')}))
class B:
    pass
t(lambda: type('A', (B,), {'__slots__': '__dict__'}))
t(lambda: type('A', (B,), {'__slots__': '__weakref__'}))
C2 = type('C2', (B, int), {})
print(C2.__base__ is int, C2.__mro__ == (C2, B, int, object))
class D(B, int): pass
print(D.__base__ is int)
class E(B, Exception): pass
print(E.__base__ is Exception)
class F(B): pass
class G(F, B): pass
print(G.__base__ is F)
C3 = type('C3', (), {})
C3.__name__ = 'N'
print(C3.__name__, C3.__qualname__)
class K: pass
K.__name__ = 'L'
print(K.__name__, K.__qualname__)

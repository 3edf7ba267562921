# __slots__ validation: identifiers only; no nonempty slots on subclasses of
# int/bytes/tuple (CPython's variable-size types).
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: type('Z', (), {'__slots__': ('a b',)}).__name__)
t(lambda: type('Z', (), {'__slots__': ('1a',)}).__name__)
t(lambda: type('Z', (), {'__slots__': ('',)}).__name__)
t(lambda: type('Z', (), {'__slots__': ('a1', '_b')}).__name__)
t(lambda: type('Z', (), {'__slots__': 1}).__name__)
for base in (int, bytes, tuple, str, float, list):
    t(lambda: type('Z', (base,), {'__slots__': ('a',)}).__name__)
    t(lambda: type('Z', (base,), {'__slots__': ()}).__name__)
class I(int):
    __slots__ = ()
print(I(3) + 1)
t(lambda: setattr(I(3), 'x', 1))

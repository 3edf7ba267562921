# Member descriptors of __slots__ names seen through the class (S.a).
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class S:
    __slots__ = ('a', 'b')
class S2(S):
    __slots__ = 'c'
print(S.a, S2.a, S2.c, type(S.a).__name__, S.a.__name__, S.a.__objclass__ is S)
s = S2()
S.a.__set__(s, 5)
print(s.a, S.a.__get__(s), S.a.__get__(None, S) is not None, hasattr(S, 'b'), hasattr(S, 'zz'))
S.a.__delete__(s)
t(lambda: s.a)

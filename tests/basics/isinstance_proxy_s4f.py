# isinstance asks o.__class__ when the class answers it from __getattribute__.
class C: pass
class P:
    def __init__(s, o): object.__setattr__(s, 'o', o)
    def __getattribute__(s, n): return getattr(object.__getattribute__(s, 'o'), n)
p = P(C())
print(isinstance(p, C), isinstance(p, P), isinstance(p, (int, C)), isinstance(p, int))
class Q:
    def __getattr__(s, n): return C
print(isinstance(Q(), C))
class R:
    @property
    def x(s): return 1
print(isinstance(R(), C), isinstance(R(), R))
class S:
    def __getattribute__(s, n):
        if n == '__class__': raise AttributeError(n)
        return object.__getattribute__(s, n)
print(isinstance(S(), C), isinstance(S(), S))
class T:
    def __getattribute__(s, n):
        if n == '__class__': return 5
        return object.__getattribute__(s, n)
print(isinstance(T(), C))

# A class may change its __class__ between metaclasses, even to itself when it
# derives from type: h11's sentinels (class X(Sentinel, metaclass=Sentinel)) do.
class S(type):
    def __new__(cls, name, bases, ns, **kw):
        v = super().__new__(cls, name, bases, ns, **kw)
        v.__class__ = v
        return v
    def __repr__(self):
        return self.__name__
    def hello(self):
        return "hi " + self.__name__
class A(S, metaclass=S): pass
class B(S, metaclass=S): pass
print(type(A) is A, A, repr(B), isinstance(A, S), isinstance(A, A), A is not B)
print(type(A).__name__, A.__name__, len(A.__mro__), S.hello(A), str(A), A == A, A != B)
print({A: 1, B: 2}[B], type(B) is B, issubclass(A, S), issubclass(A, type))
class M(type): pass
class N(type): pass
class C(metaclass=M): pass
C.__class__ = N
print(type(C) is N, isinstance(C, N), isinstance(C, M))
for bad in (type, int, 5, C, None):
    try:
        C.__class__ = bad
    except TypeError as e:
        print("TypeError", type(C) is N)
try:
    int.__class__ = M
except TypeError:
    print("TypeError int")
try:
    del C.__class__
except TypeError:
    print("TypeError del")


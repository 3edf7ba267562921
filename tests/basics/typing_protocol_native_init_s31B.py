# A protocol mixed into int or dict (class X(int, SupportsIndex)) makes
# instances more than once: object's __init__ then stands in the class.
from typing import SupportsIndex, SupportsInt, Protocol
class X(int, SupportsIndex): pass
print(X(5) + 1, X(5) + 1)
class Y(SupportsInt):
    def __int__(self): return 3
print(int(Y()))
try:
    Y(5)
except TypeError:
    print('TypeError')
class Z(dict, SupportsInt): pass
print(Z(a=1), Z(a=1))
class P(Protocol):
    def f(self): ...
class Q(P):
    def __init__(self, v): self.v = v
print(Q(4).v)

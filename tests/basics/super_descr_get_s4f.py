# super is a descriptor: an unbound super(B) kept in a class binds on access.
class A:
    def meth(self): return 'A'
class B(A):
    def meth(self): return 'B' + self._B__super.meth()
B._B__super = super(B)
print(B().meth())
s = super(B)
print(s.__get__(None, B) is s)
b = B()
bs = super(B, b)
print(bs.__get__(B()) is bs)
print(s.__get__(b).meth())
print(type(B.__dict__['_B__super']).__name__)
print(B._B__super is s)
class C(B):
    def meth(self): return 'C' + self._C__super.meth()
C._C__super = super(C)
print(C().meth())
try:
    s.__get__(1)
except TypeError as e: print('TE', e)
print(hasattr(super, '__get__'))

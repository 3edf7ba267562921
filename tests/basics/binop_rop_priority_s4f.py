# The right operand goes first only if its class is a proper subclass that
# provides its own reflected method (comparisons: a proper subclass suffices).
class C:
    def __floordiv__(s, o): return 'C.f'
    def __rfloordiv__(s, o): return 'C.r'
class E(C): pass
print(C() // E())
class F(C):
    def __rfloordiv__(s, o): return 'F.r'
print(C() // F())
class G(F): pass
print(F() // G(), C() // G())
class A:
    def __or__(s, o): return 'A.or'
    def __ror__(s, o): return 'A.ror'
class B(A): pass
print(A() | B())
class I(int):
    def __radd__(s, o): return 'I.radd'
print(1 + I(2))
class J(int): pass
print(1 + J(2), type(1 + J(2)).__name__)
class K(C):
    __rfloordiv__ = None
try:
    print(C() // K())
except TypeError as e: print('TE', e)
class L(float):
    def __rsub__(s, o): return 'L.rsub'
print(1.5 - L(1))
a = A(); a |= B(); print(a)
# comparisons keep subclass-first priority
class P:
    def __lt__(s, o): return 'P.lt'
    def __gt__(s, o): return 'P.gt'
class Q(P): pass
print(P() < Q())

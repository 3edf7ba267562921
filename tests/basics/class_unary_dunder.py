# unary dunder methods and conversions
class U:
    def __neg__(self): return 'neg'
    def __pos__(self): return 'pos'
    def __invert__(self): return 'invert'
    def __abs__(self): return 'abs'
    def __int__(self): return 42
    def __float__(self): return 2.5
    def __index__(self): return 3
u = U()
print(-u, +u, ~u, abs(u))
print(int(u), float(u))
print([10, 20, 30, 40][u], 'abcdef'[u:], bin(u), hex(u))

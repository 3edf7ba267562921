# binary arithmetic dunder methods
class N:
    def __init__(self, v):
        self.v = v
    def __add__(self, o): return N(self.v + o.v)
    def __sub__(self, o): return N(self.v - o.v)
    def __mul__(self, o): return N(self.v * o.v)
    def __truediv__(self, o): return N(self.v / o.v)
    def __floordiv__(self, o): return N(self.v // o.v)
    def __mod__(self, o): return N(self.v % o.v)
    def __pow__(self, o): return N(self.v ** o.v)
    def __divmod__(self, o): return divmod(self.v, o.v)
    def __repr__(self): return 'N(%r)' % (self.v,)
a, b = N(17), N(5)
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b, divmod(a, b))
print(a + b * b - a)

# bitwise and shift dunder methods
class B:
    def __init__(self, v): self.v = v
    def __and__(self, o): return B(self.v & o)
    def __or__(self, o): return B(self.v | o)
    def __xor__(self, o): return B(self.v ^ o)
    def __lshift__(self, o): return B(self.v << o)
    def __rshift__(self, o): return B(self.v >> o)
    def __repr__(self): return 'B(%d)' % self.v
b = B(0b1100)
print(b & 0b1010, b | 0b0011, b ^ 0b1111, b << 2, b >> 2)
print((b | 1) & 0b111)

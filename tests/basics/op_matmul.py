# the @ operator dispatches to __matmul__/__rmatmul__/__imatmul__
class M:
    def __init__(self, v):
        self.v = v
    def __matmul__(self, other):
        return M(self.v * 10 + other.v) if isinstance(other, M) else NotImplemented
    def __rmatmul__(self, other):
        return M(other * 100 + self.v)
    def __imatmul__(self, other):
        self.v = -self.v
        return self
print((M(1) @ M(2)).v)
print((3 @ M(4)).v)
m = M(5)
m @= M(6)
print(m.v)
try:
    1 @ 2
except TypeError:
    print('TypeError')

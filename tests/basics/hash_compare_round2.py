class H:
    def __init__(self, h): self.h = h
    def __hash__(self): return self.h
for v in [-1, 2**64, -2**64, 2**61 - 1, 2**61, True, 10**30]:
    print(hash(H(v)), hash(v))
for bad in [1.5, 'x', None]:
    try:
        hash(H(bad))
    except TypeError:
        print('TypeError', type(bad).__name__)
class I(int):
    pass
print(hash(I(5)) == hash(5), {I(5): 1}[5], hash(-1.0), hash(-1 + 0.0), hash(float(2**61)), hash(2.0**100) == hash(2**100), hash(-0.5), hash(1e-10) == hash(1e-10))
class E:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print('eq', self.v, getattr(o, 'v', o))
        return NotImplemented
a, b = E(1), E(2)
print(a == b, a != b, a == a, a != a)
class L(E):
    pass
print(E(3) == L(4))
class Ord:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print('lt', self.v); return NotImplemented
    def __gt__(self, o):
        print('gt', self.v); return True
print(Ord(1) < Ord(2))
class Sub(Ord):
    def __gt__(self, o):
        print('Sub.gt', self.v); return 'sub'
print(Ord(1) < Sub(2))
try:
    object() < object()
except TypeError:
    print('TypeError object <')
class NE:
    def __ne__(self, o): return 'ne'
print(NE() != 1, NE() == NE())
print(1 == 1.0, 2**53 + 1 == float(2**53 + 1), 2**53 + 1 > float(2**53), 10**400 > 1e308, -10**400 < -1e308, 1 < float('nan'), float('nan') == float('nan'))
n = float('nan'); print(n is n, [n] == [n], n in [n], (n,) == (n,), {n: 1}[n])
print((1, 'a') < (1, 'b'), [1, [2]] == [1, [2]], (1, 2) == [1, 2], {1: [2]} != {1: [3]}, 'a' != b'a', frozenset([1]) == {1})

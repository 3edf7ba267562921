# in-place operators fall back to binary ones; NotImplemented handling
class A:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print('__add__')
        return A(self.v + o)
    def __repr__(self):
        return 'A(%r)' % self.v
a = A(1)
b = a
a += 1
print(a, b, a is b)
class B:
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return 'add used'
x = B()
x += 1
print(x)
class C:
    def __iadd__(self, o):
        self.got = o
        return self
c = C()
c += 5
print(c.got)
class D:
    def __imul__(self, o):
        return None
d = D()
d *= 2
print(d)
class E:
    pass
e = E()
try:
    e += 1
except TypeError:
    print('TypeError')
class F:
    def __radd__(self, o):
        return 'F radd'
n = 1
n += F()
print(n)
l = [1]
l += [2]
l += F()  # F.__radd__ before list's in-place concat, as CPython
print(l)
class FI(F):
    def __iter__(self):
        return iter([7])
class NI:
    def __radd__(self, o):
        return NotImplemented
    def __rmul__(self, o):
        return NotImplemented
    def __iter__(self):
        return iter([8])
    def __index__(self):
        return 2
class MI:
    def __rmul__(self, o):
        return 'MI rmul'
    def __index__(self):
        return 3
l = [1]; l += FI(); print(l)
l = [1]; l += NI(); print(l)
l = [1]; l *= NI(); print(l)
l = [1]; l *= MI(); print(l)
class LS(list):
    pass
l = LS([1]); l += FI(); print(l)
l = [1]; l += LS([2]); print(l)
class G:
    def __ipow__(self, o):
        return 'ipow %r' % (o,)
    def __ilshift__(self, o):
        return 'ilshift'
    def __imatmul__(self, o):
        return 'imatmul'
g = G(); g **= 3; print(g)
g = G(); g <<= 3; print(g)
g = G(); g @= 3; print(g)
# The same order for the other mutable sequences' += and *=.
from collections import deque
import array
class R:
    def __radd__(self, o):
        return 'R radd'
    def __rmul__(self, o):
        return 'R rmul'
    def __iter__(self):
        return iter([7])
    def __index__(self):
        return 2
d = deque([1]); d += R(); print(d)
d = deque([1]); d *= R(); print(d)
d = deque([1]); d += NI(); print(d)
a = array.array('b', [1]); a += R(); print(a)
a = array.array('b', [1]); a *= R(); print(a)
a = array.array('b', [1]); a *= NI(); print(a)
b = bytearray(b'x'); b *= R(); print(b)
b = bytearray(b'x'); b *= NI(); print(b)

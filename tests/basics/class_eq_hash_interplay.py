# __eq__ without __hash__ makes instances unhashable; explicit __hash__ keeps them hashable
class A:
    def __eq__(self, o):
        return True
try:
    hash(A())
except TypeError:
    print('TypeError')
print(A.__hash__)
class B(A):
    def __hash__(self):
        return 7
print(hash(B()), len({B(): 1, B(): 2}))
class C:
    pass
c = C()
print(c == c, c != c, C() == C(), hash(c) == hash(c))
class D:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, D) and self.v == o.v
    def __hash__(self):
        return hash(self.v)
print(len({D(1), D(1), D(2)}), D(1) in [D(1)], D(1) != D(2), D(3) != D(3))
class E:
    def __eq__(self, o):
        return NotImplemented
print(E() == E(), E() != E())
e = E()
print(e == e, e != e)
class F:
    def __ne__(self, o):
        return 'ne called'
print(F() != 1, F() == 1)
class G:
    __hash__ = None
try:
    {G()}
except TypeError:
    print('TypeError')

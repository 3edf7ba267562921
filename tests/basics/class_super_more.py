# super() in various forms
class A:
    def who(self):
        return ['A']
    @classmethod
    def cm(cls):
        return 'A.cm(%s)' % cls.__name__
    @staticmethod
    def sm():
        return 'A.sm'
class B(A):
    def who(self):
        return ['B'] + super().who()
    @classmethod
    def cm(cls):
        return 'B>' + super().cm()
class C(A):
    def who(self):
        return ['C'] + super().who()
class D(B, C):
    def who(self):
        return ['D'] + super().who()
    def sm_via_super(self):
        return super().sm()
print(D().who(), D.cm(), D().sm_via_super(), [k.__name__ for k in D.__mro__])
print(super(B, D()).who(), super(D, D()).cm())
class E(A):
    def who(self):
        f = lambda: super(E, self).who()
        return ['E'] + f()
print(E().who())
class F(A):
    def who(self):
        return [c for c in super().who()]
print(F().who())
try:
    super(B, A()).who()
except TypeError:
    print('TypeError')
class G:
    def __init__(self):
        super().__init__()
        print('G init ok')
G()
class H(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
h = H()
h['a'] = 2
print(h)

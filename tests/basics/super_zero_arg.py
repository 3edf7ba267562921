# zero-argument super() in methods
class A:
    def f(self):
        return 'A.f'
    def g(self, x):
        return 'A.g(%s)' % x
class B(A):
    def f(self):
        return 'B.f>' + super().f()
    def g(self, x):
        return 'B.g>' + super().g(x + 1)
class C(B):
    def f(self):
        return 'C.f>' + super().f()
print(C().f(), C().g(1))
class D(A):
    def f(self):
        inner = lambda: super(D, self).f()
        return 'D.f>' + inner()
print(D().f())
class E(A):
    def f(self):
        s = super()
        return [s.f() for _ in range(2)]
print(E().f())

# classmethod / staticmethod via instance, class, subclass
class A:
    @classmethod
    def cm(cls, x=0):
        return cls.__name__, x
    @staticmethod
    def sm(*a):
        return a
class B(A):
    pass
print(A.cm(), A().cm(1), B.cm(2), B().cm(), A.sm(), A().sm(1, 2), B.sm(3))
cm = A.__dict__['cm']
sm = A.__dict__['sm']
print(type(cm).__name__, type(sm).__name__, sm.__func__(5), cm.__func__(A, 4))
print(callable(sm), A.cm.__self__ is A, B.cm.__self__ is B)
class C:
    def f(self):
        return self
c = C()
print(c.f() is c, C.f(5), c.f.__self__ is c, c.f.__func__ is C.f)
print(type(c.f).__name__, type(C.f).__name__)
m = c.f
print(m == c.f, m is c.f)

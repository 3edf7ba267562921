# The __class__ cell reaches type.__new__ as __classcell__ in the namespace:
# filled before __set_name__/__init__ run, checked by __build_class__.
class Meta(type):
    def __new__(mcs, name, bases, ns):
        print('classcell' , '__classcell__' in ns)
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns):
        print('init sees', cls.who())
class A(metaclass=Meta):
    @classmethod
    def who(cls):
        return __class__.__name__
print(A.who(), '__classcell__' in A.__dict__)
class D:
    def __set_name__(self, owner, name):
        print("set_name", owner.f())
class B:
    d = D()
    @classmethod
    def f(cls): return __class__.__name__
class Bad(type):
    def __new__(mcs, name, bases, ns):
        ns = {k: v for k, v in ns.items() if k != '__classcell__'}
        return super().__new__(mcs, name, bases, ns)
try:
    class C(metaclass=Bad):
        def f(self): return __class__
except RuntimeError as e:
    print("RuntimeError", e)
try:
    type('X', (), {'__classcell__': 0})
except TypeError as e:
    print(e)
ns = None
class M2(type):
    def __new__(mcs, name, bases, n):
        global ns
        ns = n
        return None
class E(metaclass=M2):
    @staticmethod
    def f(): return __class__
print(E)
F = type('F', (), ns)
print(F.f() is F)

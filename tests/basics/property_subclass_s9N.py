# property subclasses: the decorators keep the subclass, and the descriptor
# methods work on the subclass's instances
class Logged(property):
    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        print("get via", type(self).__name__)
        return super().__get__(obj, cls)

class A:
    def __init__(self):
        self._v = 1

    @Logged
    def v(self):
        return self._v

    @v.setter
    def v(self, value):
        print("set", value)
        self._v = value

    @v.deleter
    def v(self):
        print("del")

print(type(A.__dict__["v"]).__name__)
a = A()
print(a.v)
a.v = 5
print(a.v)
del a.v
p = A.__dict__["v"]
print(p.fget.__name__, p.fset.__name__, p.fdel.__name__)
print(p.__get__(a, A), p.__get__(None, A) is p)
p.__set__(a, 7)
p.__delete__(a)
print(type(p.getter(lambda s: 0)).__name__)

# a subclass whose __init__ takes other arguments still copies through type(self)
class Named(property):
    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        super().__init__(fget, fset, fdel, doc)
        self.tag = "named"

class B:
    @Named
    def x(self):
        return 10

    @x.setter
    def x(self, v):
        print("B set", v)

b = B()
print(b.x, type(B.x).__name__, B.x.tag)
b.x = 3

# plain property unchanged
class C:
    @property
    def y(self):
        return 2

    @y.setter
    def y(self, v):
        print("C set", v)

print(type(C.y).__name__, C().y)
C().y = 4
try:
    C().z = property().__set__(C(), 1)
except AttributeError:
    print("AttributeError")

# a subclass's instance shows its getter's docstring, not the subclass's
class Documented(property):
    """the subclass's own docstring"""

class D:
    @Documented
    def a(self):
        """a's docstring"""
        return 1

    @a.setter
    def a(self, v):
        pass

    @Documented
    def b(self):
        return 2

print(D.a.__doc__)
print(D.b.__doc__)
print(Documented(doc="explicit").__doc__)
print(property(D.a.fget).__doc__)
p = property()
p.__set_name__(D, "name")
print(p.__get__(None, D) is p)
try:
    p.__get__(D())
except AttributeError as e:
    print("AttributeError", e)

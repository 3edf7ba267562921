# property: errors name the class by its qualified name; __set_name__ by hand;
# a writable __doc__; __isabstractmethod__ from the parts (abc).
class Outer:
    class cls:
        foo = property()
        bar = property(lambda s: 1)
try:
    Outer.cls().foo
except AttributeError as e:
    print(e)
try:
    Outer.cls().bar = 2
except AttributeError as e:
    print(e)
try:
    del Outer.cls().bar
except AttributeError as e:
    print(e)
p = property()
print(hasattr(p, '__set_name__'))
p.__set_name__(object, 'x')
try:
    p.__get__(5)
except AttributeError as e:
    print(e)
p.__doc__ = 'hello'
print(p.__doc__)
def g(self): "getter doc"
q = property(g)
print(q.__doc__)
q.__doc__ = 'other'
print(q.__doc__)
import abc
class A:
    @property
    @abc.abstractmethod
    def x(self): pass
    @property
    def y(self): pass
    def f(self): pass
    z = property(f)
    z = z.setter(abc.abstractmethod(lambda s, v: None))
print(A.__dict__['x'].__isabstractmethod__, A.__dict__['y'].__isabstractmethod__, A.__dict__['z'].__isabstractmethod__)

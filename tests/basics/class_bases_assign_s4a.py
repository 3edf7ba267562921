# __bases__ assignment and a metaclass's own mro()
class C(object):
    pass
class C2(object):
    def __getattribute__(self, attr):
        if attr == 'a':
            return 2
        return super(C2, self).__getattribute__(attr)
    def meth(self):
        return 1
class D(C):
    pass
class E(D):
    pass
d = D()
e = E()
D.__bases__ = (C,)
D.__bases__ = (C2,)
print(d.meth(), e.meth(), d.a, e.a)
print(C2.__subclasses__() == [D], C.__subclasses__())
print([k.__name__ for k in E.__mro__])
for bad in ((), (D,), (C, C), (E,), [C], (1,)):
    try:
        D.__bases__ = bad
        print('no error', bad)
    except TypeError as ex:
        print('TypeError', ex)
try:
    del D.__bases__
except (TypeError, AttributeError) as ex:
    print(type(ex).__name__)
class L(list): pass
for target, bases in ((L, (dict,)), (list, (dict,)), (D, (C, list)), (D, (type(None),))):
    try:
        target.__bases__ = bases
        print('no error')
    except TypeError as ex:
        print('TypeError')
print([k.__name__ for k in D.__mro__])
class A1: x = 'A1'
class A2: x = 'A2'
class B1(A1): pass
B1.__bases__ = (A2,)
print(B1.x, B1().x, issubclass(B1, A1), issubclass(B1, A2))
B1.__bases__ = (A1, A2)
print(B1.x, [k.__name__ for k in B1.__mro__])
# MRO conflict is caught and leaves the class unchanged
class P: pass
class Q(P): pass
try:
    Q.__bases__ = (object, P)
except TypeError as ex:
    print('TypeError')
print([k.__name__ for k in Q.__mro__])

class PerverseMetaType(type):
    def mro(cls):
        L = type.mro(cls)
        L.reverse()
        return L
class A(object):
    def f(self): return "A"
class B(A): pass
class Cc(A):
    def f(self): return "C"
class Dd(B, Cc): pass
class X(Dd, B, Cc, A, metaclass=PerverseMetaType):
    pass
print([k.__name__ for k in X.__mro__], X().f())
for ret in ('[cls, dict, object]', '[1]', '1'):
    try:
        class _metaclass(type):
            def mro(cls):
                return eval(ret)
        class Y(object, metaclass=_metaclass):
            pass
        print('no error', ret)
    except TypeError:
        print('TypeError', ret)

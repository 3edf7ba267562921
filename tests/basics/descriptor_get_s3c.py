# Functions, classmethod and staticmethod are descriptors with __get__;
# MethodType and ModuleType are constructible.
import types

def f(self, x=0):
    return (self, x)

class T:
    pass

t = T()
print(hasattr(f, '__get__'), hasattr(type(f), '__get__'), hasattr(lambda: 0, '__get__'))
print(hasattr(classmethod, '__get__'), hasattr(staticmethod, '__get__'))
print(hasattr(classmethod(f), '__get__'), hasattr(staticmethod(f), '__get__'))
bm = f.__get__(t, T)
print(bm() == (t, 0), bm(5)[1], bm.__self__ is t, bm.__func__ is f)
print(f.__get__(None, T) is f)
print(type(f).__get__(f, t)(7)[1])

# a descriptor-detecting helper, as enum-like code writes it
def is_descriptor(obj):
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')
print(is_descriptor(f), is_descriptor(property()), is_descriptor(1), is_descriptor('s'))

# classmethod / staticmethod __get__
cm = classmethod(f)
print(cm.__get__(None, T)()[0] is T, cm.__get__(t)()[0] is T)
sm = staticmethod(f)
print(sm.__get__(None, T) is f)

# MethodType: bind any callable to an object
m = types.MethodType(f, 42)
print(m(), m(1), m.__self__, m.__func__ is f, type(m) is types.MethodType)
class U:
    def meth(self):
        return 'meth'
u = U()
u.extra = types.MethodType(lambda self, a: (self is u, a), u)
print(u.extra(3))
print(type(u.meth)(f, 'x')(), repr(types.MethodType(f, 5)))
for bad in ((1, 2), (f, None)):
    try:
        types.MethodType(*bad)
    except TypeError as e:
        print('TypeError', e)

# ModuleType
m = types.ModuleType('mymod', 'the doc')
print(m, m.__name__, m.__doc__)
m.x = 5
print(m.x, sorted(k for k in m.__dict__ if not k.startswith('__')))
m2 = types.ModuleType('other')
print(m2.__doc__, m2.__dict__['__name__'], '__spec__' in m2.__dict__)
exec('y = 7', m2.__dict__)
print(m2.y)
try:
    types.ModuleType(5)
except TypeError as e:
    print('TypeError')

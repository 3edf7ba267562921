# PEP 562 on instances of ModuleType subclasses: a __getattr__ (and __dir__)
# stored in the module's namespace is consulted after the normal lookup, and
# before a __getattr__ that the subclass defines; a subclass's own
# __getattribute__ and __setattr__ still win.
import types


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__)


class M(types.ModuleType):
    pass


# a plain module turned into a subclass instance afterwards
m = types.ModuleType('foo')
m.__getattr__ = lambda n: 'dyn:' + n
m.x = 1
m.__class__ = M
show(lambda: m.baz)
show(lambda: m.x)
show(lambda: getattr(m, 'qq', 'dflt'))
print(hasattr(m, 'anything'))
# found normally: the hook is not called
print(m.__name__, type(m.__dict__).__name__)

# an AttributeError from the hook means "missing"; other errors propagate
def hook(n):
    if n == 'boom':
        raise KeyError(n)
    raise AttributeError(n)


m.__getattr__ = hook
show(lambda: m.nope)
print(getattr(m, 'nope', 'dflt'), hasattr(m, 'nope'))
show(lambda: m.boom)
del m.__getattr__
show(lambda: m.baz)

# an instance made directly
m2 = M('x')
m2.__getattr__ = lambda n: 'g2:' + n
show(lambda: m2.qq)
m2.__dir__ = lambda: ['z', 'a']
print(dir(m2))
m3 = types.ModuleType('y')
m3.__dir__ = lambda: ['b', 'a']
print(dir(m3))


# the module's hook runs first, then the class's __getattr__
class N(types.ModuleType):
    def __getattr__(self, n):
        return 'cls:' + n


n = N('n')
show(lambda: n.foo)
n.__getattr__ = lambda a: 'inst:' + a if a != 'skip' else n.missing_attr
show(lambda: n.foo)
n.__getattr__ = hook
show(lambda: n.foo)


class P(types.ModuleType):
    def __getattribute__(self, n):
        return 'ga:' + n


p = P('p')
print(p.foo, p.__name__)


class S(types.ModuleType):
    def __setattr__(self, n, v):
        print('set', n, v)


s = S('s')
s.x = 5
print(hasattr(s, 'x'))
s.__getattr__ = 1
print(hasattr(s, '__getattr__'))


# a subclass whose __init__ fills the namespace
class I(types.ModuleType):
    def __init__(self, name):
        super().__init__(name)
        self.__getattr__ = lambda a: a.upper()


i = I('i')
print(i.__name__, i.abc)

# types.ModuleType(name, doc=None) and module.__init__: argument errors use
# CPython's wording; calling __init__ again resets the entries it sets and
# keeps the others.
import types


def attempt(f):
    try:
        r = f()
        print('ok', r.__name__, r.__doc__)
    except TypeError as e:
        print('TypeError', e)


attempt(lambda: types.ModuleType())
attempt(lambda: types.ModuleType(1))
attempt(lambda: types.ModuleType(None))
attempt(lambda: types.ModuleType('x', 'doc'))
attempt(lambda: types.ModuleType('x', doc=3))
attempt(lambda: types.ModuleType(name='kw'))
attempt(lambda: types.ModuleType('a', 'b', 'c'))
attempt(lambda: types.ModuleType('a', foo=1))

m = types.ModuleType('x', 'doc')
m.y = 1
m.__spec__ = 'spec'
m.__init__('y')
print(m.__name__, m.__doc__, m.y, m.__spec__, sorted(m.__dict__))
m.__init__('z', doc='d')
print(m.__name__, m.__doc__)
for a in [(), (1,), ('a', 'b', 'c')]:
    try:
        m.__init__(*a)
    except TypeError as e:
        print('TypeError', e)
print(m.__name__)
types.ModuleType.__init__(m, 'w')
print(m.__name__)
for bad in (5, 'str', object()):
    try:
        types.ModuleType.__init__(bad, 'x')
    except TypeError as e:
        print('TypeError', str(e).split(' but ')[0])


class M(types.ModuleType):
    def __init__(self, n, extra):
        super().__init__(n)
        self.extra = extra


mm = M('mm', 5)
print(mm.__name__, mm.extra, mm.__doc__, sorted(mm.__dict__))
# again, after construction: the same namespace is updated
d = mm.__dict__
types.ModuleType.__init__(mm, 'again')
print(mm.__name__, d['__name__'], mm.__dict__ is d, mm.extra)
types.ModuleType.__init__(mm, 'third', 'doc3')
print(mm.__name__, mm.__doc__)


class Plain(types.ModuleType):
    pass


p = Plain('p', 'pd')
print(p.__name__, p.__doc__)
p.__init__('p2')
print(p.__name__, p.__doc__)

# types.ModuleType.__new__ makes an empty module (its arguments ignored);
# __init__ fills it later. Also for a subclass without __init__.
import types
m = types.ModuleType.__new__(types.ModuleType)
print(repr(m.__dict__), repr(m))
m.__init__('foo')
print(m.__name__, repr(m))
m2 = types.ModuleType.__new__(types.ModuleType, 'x', 'doc', extra=1)
print(m2.__dict__)
class M(types.ModuleType):
    pass
s = M.__new__(M)
print(repr(s.__dict__), repr(s), type(s).__name__)
try:
    print(s.__name__)
except AttributeError as e:
    print('AttributeError', e)
s.__init__('bar', 'd')
print(s.__name__, s.__doc__, repr(s))
class N(types.ModuleType):
    def __init__(self):
        pass
n = N()
print(repr(n.__dict__), repr(n))
print(types.ModuleType('z').__dict__)
try:
    m.foo
except AttributeError as e:
    print('AttributeError', e)

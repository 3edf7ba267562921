# types.ModuleType can be subclassed (lazy modules, __getattr__ hooks).
import types, sys
class M(types.ModuleType):
    def __init__(self, name, extra=1):
        super().__init__(name)
        self.extra = extra
    def hello(self):
        return 'hi ' + self.__name__
m = M('lazy', 7)
print(type(m).__name__, isinstance(m, types.ModuleType), m.__name__, m.extra, m.hello())
m.x = 3
print(m.x, sorted(k for k in m.__dict__ if not k.startswith('__')))
print(repr(m))
class L(types.ModuleType):
    def __getattr__(self, name):
        return name.upper()
l = L('l')
print(l.abc, l.__name__)
sys.modules['lazy'] = m
import lazy
print(lazy.x)

# Assigning a ModuleType subclass to a module's __class__ (lazy modules,
# module-level properties, deprecation shims): `sys.modules[__name__].__class__ = X`.
import sys, os, types, tempfile

# --- on a module made by ModuleType
class Sub(types.ModuleType):
    @property
    def p(self):
        return 'p:' + self.__name__
    def meth(self, x):
        return (self.__name__, x)
    def __getattr__(self, name):
        if name.startswith('lazy_'):
            return name[5:]
        raise AttributeError(name)

class Sub2(types.ModuleType):
    pass

class Plain:
    pass

class Slotted(types.ModuleType):
    __slots__ = ('a',)

for cls in (Plain, int, 5, 'x', None, Slotted, types.ModuleType, object, type, Sub):
    m = types.ModuleType('q')
    try:
        m.__class__ = cls
        print('ok', type(m).__name__, m.__name__)
    except TypeError as e:
        print('TypeError', str(e)[:20])

m = types.ModuleType('q', 'doc')
m.x = 1
try:
    del m.__class__
except TypeError as e:
    print('TypeError', e)
m.__class__ = Sub
print(type(m) is Sub, isinstance(m, Sub), isinstance(m, types.ModuleType))
print(m.x, m.__doc__, m.p, m.meth(2), m.lazy_abc, getattr(m, 'nope', 'dflt'))
print(sorted(k for k in vars(m) if not k.startswith('__')), 'x' in m.__dict__)
m.y = 2
print(m.__dict__['y'], hasattr(m, 'y'))
del m.y
print(hasattr(m, 'y'))
try:
    m.__dict__ = {}
except AttributeError as e:
    print('AttributeError', e)
print(repr(m))
# between subclasses, and back to a plain module
m.__class__ = Sub2
print(type(m).__name__, m.x, hasattr(m, 'p'))
m.__class__ = types.ModuleType
print(type(m).__name__, m.x, hasattr(m, 'p'))
m.__class__ = Sub
print(type(m).__name__, m.p)
try:
    m.__class__ = Plain
except TypeError as e:
    print('TypeError', str(e)[:20])
print(type(m).__name__)

# a ModuleType subclass instance: its __dict__ is read-only, and its repr
# without __init__ having run
try:
    Sub('w').__dict__ = {}
except AttributeError as e:
    print('AttributeError', e)

# --- the idiom inside modules being imported (a module and a package)
d = tempfile.mkdtemp()
files = {
    'lazy_s10R.py': '''
import sys, types
VALUE = 10
log = []
def get_value():
    return VALUE
class _Mod(types.ModuleType):
    @property
    def doubled(self):
        return self.VALUE * 2
    def __getattr__(self, name):
        log.append(name)
        if name.startswith('lazy_'):
            return name[5:].upper()
        raise AttributeError(f"module {self.__name__!r} has no attribute {name!r}")
    def __setattr__(self, name, value):
        log.append('set ' + name)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        log.append('del ' + name)
        super().__delattr__(name)
    def hello(self):
        return 'hello from ' + self.__name__
sys.modules[__name__].__class__ = _Mod
print('inside', type(sys.modules[__name__]).__name__, get_value())
VALUE = 11
__all__ = ['VALUE', 'get_value', 'doubled']
''',
    'lzpkg_s10R/__init__.py': '''
import sys, types
class P(types.ModuleType):
    @property
    def answer(self):
        return 42
sys.modules[__name__].__class__ = P
''',
    'lzpkg_s10R/sub.py': 'X = "sub"\n',
    # the other idiom: the module puts another object in its place
    'repl_s10R.py': 'import sys\nclass O:\n    x = 1\nsys.modules[__name__] = O()\n',
    'lzpkg_s10R/sub2.py': 'Y = "sub2"\n',
}
os.mkdir(d + '/lzpkg_s10R')
for name, text in files.items():
    with open(d + '/' + name, 'w') as f:
        f.write(text)
sys.path.insert(0, d)
try:
    import lazy_s10R as lz
    print(type(lz).__name__, isinstance(lz, types.ModuleType), lz is sys.modules['lazy_s10R'])
    import lazy_s10R as lz2
    print(lz2 is lz)
    print(lz.VALUE, lz.get_value(), lz.doubled, lz.hello())
    print(lz.lazy_abc)
    try:
        lz.missing
    except AttributeError as e:
        print('AttributeError', e)
    lz.VALUE = 5
    print(lz.get_value(), lz.doubled)
    lz.NEW = 1
    del lz.NEW
    print(hasattr(lz, 'NEW'))
    print(lz.log)
    print(lz.__name__, lz.__dict__['VALUE'], 'VALUE' in vars(lz), 'hello' in dir(lz))
    from lazy_s10R import doubled, get_value, lazy_xyz
    print(doubled, get_value(), lazy_xyz)
    ns = {}
    exec('from lazy_s10R import *', ns)
    print(sorted(k for k in ns if not k.startswith('__')))
    import repl_s10R
    print(type(repl_s10R).__name__, repl_s10R.x)
    from repl_s10R import x
    print(x)
    import lzpkg_s10R
    print(type(lzpkg_s10R).__name__, lzpkg_s10R.answer)
    import lzpkg_s10R.sub
    print(lzpkg_s10R.sub.X)
    from lzpkg_s10R import sub2
    print(sub2.Y, lzpkg_s10R.sub2 is sub2)
finally:
    sys.path.remove(d)
    for name in files:
        os.remove(d + '/' + name)
    os.rmdir(d + '/lzpkg_s10R')
    os.rmdir(d)
    for name in ('lazy_s10R', 'repl_s10R', 'lzpkg_s10R', 'lzpkg_s10R.sub', 'lzpkg_s10R.sub2'):
        sys.modules.pop(name, None)

# --- and in the running main module
class Main(types.ModuleType):
    @property
    def twice(self):
        return G * 2
G = 4
sys.modules[__name__].__class__ = Main
me = sys.modules[__name__]
print(type(me).__name__, me.twice, me.G)
G = 5
def f():
    return G
print(f(), me.twice, me.f())

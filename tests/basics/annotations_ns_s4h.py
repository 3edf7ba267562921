# A module or class body creates __annotations__ only when its namespace has
# none yet; a module attribute __annotations__ is an empty dict on demand.
class CNS:
    def __init__(self):
        self._dct = {}
    def __setitem__(self, item, value):
        self._dct[item.lower()] = value
    def __getitem__(self, item):
        return self._dct[item]

ns = {'__annotations__': CNS()}
exec('X: int; Z: str = "Z"; (w): complex = 1j', ns)
print(sorted(ns['__annotations__']._dct.items(), key=lambda kv: kv[0]))

class CMeta(type):
    @classmethod
    def __prepare__(metacls, name, bases, **kwds):
        return {'__annotations__': CNS()}

class CC(metaclass=CMeta):
    XX: 'ANNOT'
print(CC.__annotations__['xx'])

gns = {}
lns = {}
exec("'doc'\n__annotations__[1] = 2\nx: int = 5\n", gns, lns)
print(lns['__annotations__'], '__annotations__' in gns)

g = {'__annotations__': {'old': 1}}
exec('y: int', g)
print(g['__annotations__'])

a: int
class K:
    b: str
    class L:
        c: float
    print(__annotations__)
print(__annotations__, K.__annotations__, K.L.__annotations__)

def f():
    class M:
        d: int
    return M
print(f().__annotations__)

import types
m = types.ModuleType('m')
ann = m.__annotations__
print(ann, m.__annotations__ is ann, '__annotations__' in vars(m))
import sys
print(type(sys.__annotations__).__name__)

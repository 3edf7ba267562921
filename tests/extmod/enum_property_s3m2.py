# enum.property (members named like inherited properties: name, value, user
# enum.property) and types.DynamicClassAttribute.
import enum
from enum import Enum, IntEnum, Flag
class E(Enum):
    A = 1
    @enum.property
    def first(self): return 'f' + self.name
print(E.A.first, E.A.name, E.A.value, type(Enum.__dict__['name']).__name__)
for what in ('first', 'value', 'name'):
    try: print(getattr(E, what))
    except AttributeError as e: print('AE', e)
class F(Enum):
    name = 1
    value = 2
print(F.name, F.name.name, F.value.value, F['name'], F.value.name, list(F))
class B(IntEnum):
    @enum.property
    def first(self): return '%s is first!' % self.name
class M(B):
    first = 1
    second = 2
print(M.first, M.first.first, M.second.first, M(1), list(M), M.first.value)
print(isinstance(E.__dict__['first'], enum.property), isinstance(E.__dict__['first'], enum.property.__mro__[1]))
from types import DynamicClassAttribute
class W:
    @DynamicClassAttribute
    def x(self):
        "doc x"
        return 5
    @x.setter
    def x(self, v): self.v = v
w = W(); w.x = 3
print(w.x, w.v, W.__dict__['x'].__doc__)
try: W.x
except AttributeError: print('AE class')

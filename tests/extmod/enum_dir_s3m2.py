# dir() of enum classes and members (members are not attributes of members;
# methods, enum properties and instance attributes are).
from enum import Enum, IntEnum, Flag, auto
class E(Enum):
    A = 1
    def m(self): pass
print(dir(E)); print(dir(E.A))
class I(IntEnum):
    B = 2
print('B' in dir(I), 'bit_length' in dir(I), 'bit_length' in dir(I.B), 'name' in dir(I.B))
print(dir(Enum))
class Sup(Enum):
    def __new__(cls, v):
        o = object.__new__(cls)
        o._value_ = v
        o.description = 'd'
        return o
    def invisible(self): pass
class Sub(Sup):
    x = 1
print(dir(Sub), dir(Sub.x))
class Fl(Flag):
    R = auto()
    W = auto()
print(dir(Fl), dir(Fl.R))

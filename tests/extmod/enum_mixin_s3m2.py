# enum data type detection: plain mixins (no __new__) only add behaviour,
# subclasses of built-in types become the member type.
from enum import Enum, auto
class Foo:
    def __repr__(self):
        return 'Foo'
class Entries(Foo, Enum):
    ENTRY1 = 1
print(repr(Entries.ENTRY1), Entries.ENTRY1.value)
class MyInt(int):
    def double(self):
        return self * 2
class N(MyInt, Enum):
    A = 3
print(N._member_type_.__name__, N.A.double(), N.A.value, type(N.A.value).__name__, isinstance(N.A, MyInt))
class Mix:
    def hello(self):
        return 'hi ' + self.name
class M(Mix, Enum):
    X = auto()
print(M._member_type_.__name__, M.X.hello(), M.X.value)
from enum import IntEnum
class I2(IntEnum):
    pass
class I3(I2):
    Q = 5
print(I3._member_type_.__name__, I3.Q + 1)

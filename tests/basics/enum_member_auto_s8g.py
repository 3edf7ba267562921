# enum: member()/nonmember() in a class body; several auto() in one tuple value
from enum import Enum, IntEnum, member, nonmember, auto


class C(Enum):
    A = 1
    B = nonmember(2)
    def f(self):
        return 3
    G = member(f)
    H = member(len)


print([m.name for m in C], C.B, C.G.value is C.__dict__['f'], C.H.value is len)
print(isinstance(nonmember(1), member), member(5).value, nonmember('x').value)


class Huh(Enum):
    ONE = auto()
    TWO = auto(), auto()
    THREE = auto(), 'x', auto()
    FOUR = auto()


for m in Huh:
    print(m.name, m.value)


class N(IntEnum):
    X = auto()
    Y = 10
    Z = auto()


print([(m.name, m.value) for m in N])

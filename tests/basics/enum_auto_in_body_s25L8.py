# enum: auto() has its value as soon as it is assigned, so the rest of the
# class body can compute with it (RWX = R | W | X); a dataclass or plain mixin
# before Enum makes the values and its __init__ sets up each member; Flag's
# auto() after a non-int value is a TypeError naming that value
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto
from dataclasses import dataclass


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W
    RWX = R | W | X
    print('in body', R, RWX)


print(list(Perm), Perm.RWX, Perm.RW, Perm.R in Perm.RWX, Perm(3) is Perm.RW)


class Mode(IntFlag):
    A = auto()
    B = auto()
    BOTH = A | B
    C = auto()


print([(m.name, m.value) for m in Mode], Mode.BOTH.value, Mode.C.value)


class Level(IntEnum):
    LOW = auto()
    MID = LOW + 10
    HIGH = auto()


print([(m.name, m.value) for m in Level])


class Lower(StrEnum):
    GET = auto()
    BOTH = GET + '+post'


print(Lower.GET, Lower.BOTH)


class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return '%s-%d-%d' % (name.lower(), count, len(last_values))
    A = auto()
    B = 5
    C = auto()
    D = auto(), auto()
    E = auto()


print([m.value for m in Named])

try:
    class Late(Enum):
        A = auto()
        def _generate_next_value_(name, start, count, last_values):
            return name
except TypeError as e:
    print('TypeError', 'before members' in str(e))

try:
    class Garbage(Flag):
        A = 'not an int'
        B = auto()
except TypeError as e:
    print('TypeError', e)

# member(auto()) is numbered, nonmember(auto()) is not
from enum import member, nonmember


class Wrapped(Enum):
    a = member(auto())
    b = auto()
    c = nonmember(auto())
    d = auto()


print([(m.name, m.value) for m in Wrapped], type(Wrapped.c).__name__)


# ignored names and private names do not take part in the numbering
class Skip(Enum):
    _ignore_ = 'tmp'
    tmp = 10
    _Skip__private = 20
    A = auto()
    B = auto()


print([m.value for m in Skip])


@dataclass
class Point:
    x: int
    y: int = 0


class Corner(Point, Enum):
    ORIGIN = 0, 0
    RIGHT = 1, 0
    TOP = 0


print(repr(Corner.RIGHT), Corner.RIGHT.x, Corner.TOP.value, isinstance(Corner.TOP, Point))
print(Corner.RIGHT.value == Point(1, 0), Corner(Point(0, 0)) is Corner.ORIGIN)


class Labelled:
    def __init__(self, code, label='?'):
        self.label = label


class Status(Labelled, Enum):
    OK = 200, 'fine'
    GONE = 410, 'gone'


print(Status.OK.value, Status.OK.label, Status.GONE.label)


# a metaclass may read the body's member names (as on CPython) and build a
# fresh body of the same type, here numbering the members given as ...
class Numbering(type(Enum)):
    def __new__(mcls, name, bases, body):
        fresh = type(body)()
        fresh._cls_name = name  # CPython's body needs it
        n = 0
        for key in body._member_names:
            v = body[key]
            n = n if v is Ellipsis else v
            fresh[key] = n
            n += 1
        for key, v in body.items():
            if key not in body._member_names:
                fresh[key] = v
        return super().__new__(mcls, name, bases, fresh)


class Counted(Enum, metaclass=Numbering):
    A = ...
    B = 10
    C = ...

    def twice(self):
        return self.value * 2


print([(m.name, m.value) for m in Counted], Counted.C.twice())

# enum (frozen pure-Python module): Enum, IntEnum, StrEnum, Flag, IntFlag,
# auto, unique, functional API.
import enum
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # an alias of RED

    def describe(self):
        return '%s is %d' % (self.name, self.value)

    @classmethod
    def default(cls):
        return cls.GREEN


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(Color, list(Color), len(Color))
print(Color(2), Color['BLUE'], Color.CRIMSON is Color.RED, Color(1) is Color.RED)
print(Color.RED.describe(), Color.default())
print(isinstance(Color.RED, Color), type(Color.RED) is Color, Color.RED == 1, Color.RED == Color.RED)
print(Color.RED in Color, Color.RED != Color.BLUE, Color.RED is not Color.GREEN)
print(list(Color.__members__), Color.__members__['CRIMSON'])
print({Color.RED: 'r'}[Color.CRIMSON], f'{Color.GREEN}', '{:>12}|'.format(Color.BLUE))
print(sorted(Color, key=lambda c: -c.value))
try:
    Color(7)
except ValueError as e:
    print('ValueError', e)
try:
    Color['PURPLE']
except KeyError as e:
    print('KeyError', e)
try:
    Color.RED = 5
except AttributeError as e:
    print('AttributeError', e)
print(list(reversed(Color)))


class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404


print(Status.OK, repr(Status.OK), str(Status.NOT_FOUND), format(Status.OK), f'{Status.OK:>5}')
print(Status.OK == 200, Status.OK + 1, Status(404), Status.OK < Status.NOT_FOUND, int(Status.OK))
print(isinstance(Status.OK, int), sorted([Status.NOT_FOUND, Status.OK]), hash(Status.OK) == hash(200))
print({200: 'x'}[Status.OK], [10, 20][IntEnum('B', 'A B').A - 1])


class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()


print(list(Auto), [m.value for m in Auto])


class Ordinal(StrEnum):
    NORTH = auto()
    SOUTH = 'south-ish'


print(Ordinal.NORTH, repr(Ordinal.NORTH), Ordinal.NORTH == 'north', Ordinal.SOUTH.upper(), f'{Ordinal.SOUTH}')


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()


rw = Perm.R | Perm.W
print(repr(Perm.R), repr(rw), str(rw), rw.value, list(rw), len(rw))
print(Perm.R in rw, Perm.X in rw, bool(Perm(0)), repr(Perm(0)), repr(~Perm.R), rw & Perm.W)
print(Perm(3) is rw, Perm(7), Perm, [p.value for p in Perm])


class Bits(IntFlag):
    A = 1
    B = 2
    C = 4


ab = Bits.A | Bits.B
print(repr(ab), str(ab), ab == 3, ab + 1, repr(Bits(0)), Bits.A | 2, repr(Bits.A & Bits.B))
print(isinstance(ab, int), Bits.C in Bits(5))


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return round(6.673e-11 * self.mass / (self.radius * self.radius), 2)


print(Planet.EARTH.value, Planet.EARTH.mass, Planet.EARTH.gravity, Planet((3.303e+23, 2.4397e6)))


class Coded(Enum):
    def __new__(cls, code, label):
        obj = object.__new__(cls)
        obj._value_ = code
        obj.label = label
        return obj

    YES = (1, 'yes please')
    NO = (0, 'no thanks')


print(Coded(1), Coded.NO.label, Coded.YES.value)


class Shade(Enum):
    LIGHT = 'l'

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str) and value.lower() == 'l':
            return cls.LIGHT
        return None


print(Shade('L'))

Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, repr(Animal.CAT))
Pair = Enum('Pair', [('ONE', 1), ('TWO', 2)])
print(list(Pair), Pair(2))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print('ValueError', e)
try: unique(Color.__class__)
except AttributeError as e: print('AttributeError', e)


class Mixed(str, Enum):
    X = 'x'


print(Mixed.X == 'x', repr(Mixed.X), isinstance(Mixed.X, str))
try:
    class More(Color):
        PURPLE = 9
except TypeError as e:
    print('TypeError', e)


class Base(Enum):
    def hello(self):
        return 'hello ' + self.name


class Sub(Base):
    ONE = 1


print(Sub.ONE.hello(), list(Sub))
print(Color.RED.__class__.__name__, isinstance(Color, enum.EnumMeta), enum.EnumType is enum.EnumMeta)

# auto() count argument is the number of members so far (several auto()s in one
# tuple share it); NAMED_FLAGS skips negative aliases
from enum import Enum, Flag, IntFlag, auto, verify, NAMED_FLAGS
class Color(Flag):
    RED = 1
    GREEN = 2
    BLUE = 4
    WHITE = -1
print(repr(Color.WHITE), list(Color))
@verify(NAMED_FLAGS)
class C2(Flag):
    RED = 1
    GREEN = 2
    WHITE = -1
print(repr(C2.WHITE))
try:
    class Bad(Flag):
        red = 'not an int'
except TypeError as e:
    print('TypeError', e)
class Huh(Enum):
    def _generate_next_value_(name, start, count, last):
        return count + 1
    ONE = auto()
    TWO = auto(), auto()
    THREE = auto(), auto(), auto()
print(Huh.ONE.value, Huh.TWO.value, Huh.THREE.value)
class Huh2(Enum):
    ONE = auto()
    TWO = auto(), auto()
    THREE = auto(), auto(), auto()
print(Huh2.ONE.value, Huh2.TWO.value, Huh2.THREE.value)

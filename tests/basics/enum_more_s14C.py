# enum (session 14): _is_dunder/_is_sunder, show_flag_values, _missing_ errors and
# their context, _value_repr_/_new_member_, _generate_next_value_ order,
# vars().update in a body, mixin order, _convert_, global_enum
import enum, sys
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, global_enum
print(enum._is_dunder('__a__'), enum._is_dunder('___'), enum._is_sunder('_a_'), enum._is_sunder('__a_'))
print(enum.show_flag_values(13))
class Color(Enum):
    red = 1
    blue = 2
    @classmethod
    def _missing_(cls, item):
        if item == 'three': return cls.blue
        if item == 'bad': return 5
        if item == 'err': raise ZeroDivisionError
        return None
print(Color('three'))
for arg in (7, 'bad', 'err'):
    try:
        Color(arg)
    except Exception as e:
        print(type(e).__name__, e, type(e.__context__).__name__)
for vals in ((1, '2'), ('1', 2)):
    try:
        S = StrEnum('S', [('one', vals[0]), ('two', vals[1])])
    except TypeError as e:
        print('TypeError', str(e)[:40])
class I(IntEnum):
    a = 1
class E(Enum):
    a = 1
print(I._value_repr_(5), E._value_repr_, E._new_member_ is object.__new__)
try:
    class Combined(str, Enum):
        def __new__(cls, value, sequence):
            m = str.__new__(cls, value)
            return m
        key_type = 'An$(,);', 0
except TypeError as e:
    print('TypeError', e)
try:
    class Color(Enum):
        red = auto()
        def _generate_next_value_(name, start, count, last):
            return name
except TypeError as e: print('TypeError', e)
class C2(Enum):
    def _generate_next_value_(name, start, count, last):
        return name
    red = auto()
print(C2.red.value)
defs = {'FOO_CAT': 'aloof', 'BAR_DOG': 'friendly', 'FOO_HORSE': 'big'}
class Foo(Enum):
    vars().update({k: v for k, v in defs.items() if k.startswith('FOO_')})
print(list(Foo))
try:
    class FooBar(Enum):
        vars().update({'FOO_CAT': 'aloof'}, **{'FOO_CAT': 'small'})
except TypeError as e: print('TypeError', e)
try:
    class Wrong(Enum, str):
        NotHere = 'x'
except TypeError as e: print('TypeError', e)
class P(Flag):
    A = 1
    B = 2
print(P(3), P(3) is P(3), P(0))
CONV_A = 5
CONV_B = 3
CONV_C = 5
OTHER = 1
T = IntEnum._convert_('T', __name__, filter=lambda n: n.startswith('CONV_'))
print(list(T), T(5).name, CONV_B, repr(T.CONV_A), T.CONV_C is T.CONV_A)
S_1 = 'hi'
S_2 = 'bye'
S = StrEnum._convert_('S', __name__, filter=lambda n: n.startswith('S_'), as_global=True)
print(repr(S.S_1), str(S.S_2), format(S.S_1), repr(S_1))
@global_enum
class Col(Enum):
    RED = 1
    GREEN = 2
print(repr(RED), str(GREEN), Col(1))
@global_enum
class IP(IntFlag):
    A = 1
    B = 2
print(repr(A | B), str(A | B), repr(IP(0)), repr(A), IP(8))
UNC_B = 'x'
UNC_A = 1
U = Enum._convert_('U', __name__, filter=lambda n: n.startswith('UNC_'))
print(list(U))

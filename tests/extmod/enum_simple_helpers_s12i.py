# enum's private helpers that CPython's own modules and tests use: _iter_bits_lsb,
# _simple_enum (a plain class made an enum) and _test_simple_enum
from enum import Enum, IntFlag, KEEP, _simple_enum, _test_simple_enum, _iter_bits_lsb
print(list(_iter_bits_lsb(7)), list(_iter_bits_lsb(0)), list(_iter_bits_lsb(2 ** 70 + 10)))
try:
    list(_iter_bits_lsb(-8))
except ValueError as e:
    print('ValueError', e)

@_simple_enum(Enum)
class Simple:
    A = 1
    B = 2
    @property
    def zeroth(self):
        return 'zeroed %s' % self.name
class Checked(Enum):
    A = 1
    B = 2
    @property
    def zeroth(self):
        return 'zeroed %s' % self.name
print(type(Simple).__name__, list(Simple), Simple.B.zeroth, Simple(2), Simple.__qualname__)
print(_test_simple_enum(Checked, Simple))
Simple.B._value_ = 9
try:
    _test_simple_enum(Checked, Simple)
except TypeError as e:
    print('TypeError', str(e).split(':')[0])

@_simple_enum(IntFlag, boundary=KEEP)
class Missing:
    SIXTY_FOUR = 64
    ALL = 64 + 12
print(list(Missing), Missing(64 + 1024).value, Missing.ALL.value)

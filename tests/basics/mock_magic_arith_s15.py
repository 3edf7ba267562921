# MagicMock arithmetic/comparison/unary dunders, and magic methods set on one
# Mock going on a class of its own (other mocks are unaffected), as CPython.
from unittest.mock import Mock, MagicMock
m = Mock(); m.__mul__ = Mock(return_value=15); print(m * 3)
other = Mock()
try:
    other * 3
except TypeError:
    print('other Mock unaffected')
m2 = Mock(); m2.__len__ = lambda self: 4; print(len(m2))
try:
    len(Mock())
except TypeError:
    print('len of a fresh Mock: TypeError')
mm = MagicMock()
r = mm * 2
print(type(r).__name__, mm.__mul__.call_count)
print(type(-mm).__name__, type(2 + mm).__name__, type(abs(mm)).__name__)
mm += 1
print(type(mm).__name__)
mm2 = MagicMock(); mm2.__lt__.return_value = True; print(mm2 < 1)
try:
    MagicMock() < 1
except TypeError:
    print('lt NotImplemented -> TypeError')
print(complex(MagicMock()), int(MagicMock()), float(MagicMock()))
mm3 = MagicMock(); mm3.__add__.return_value = 9; print(mm3 + 1, mm3.__add__.call_args)
print(isinstance(m, Mock), type(m).__name__)

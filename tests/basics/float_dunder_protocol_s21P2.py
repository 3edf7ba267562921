# Which conversions honour a user __float__ (CPython's PyFloat_AsDouble and
# PyNumber_Float), and which take the native value (arithmetic).
import math
import struct
import warnings

warnings.simplefilter('ignore')


class I(int):
    def __float__(self):
        return 2.5


class F(float):
    def __float__(self):
        return 7.25


class F2(float):
    pass


class R:
    def __float__(self):
        return F2(1.0)


class XI:
    def __index__(self):
        return 4


class Bad:
    def __float__(self):
        return 'a'


# An int subclass's __float__ counts everywhere but in arithmetic.
print('%f' % I(3), '{:f}'.format(I(3)), f'{I(3):.2f}', '{:.1%}'.format(I(1)), '%e' % I(3))
print(math.sqrt(I(4)), struct.pack('<d', I(3)) == struct.pack('<d', 2.5))
print(I(3) + 1.0, 1.0 * I(3), float(I(3)), complex(I(3)), complex(1, I(3)))
# A float subclass gives its value, except to float() and complex().
print('%f' % F(1.5), '{:f}'.format(F(1.5)), '%g' % F(1.5), math.sqrt(F(4.0)), F(1.5) + 1)
print(float(F(1.5)), complex(F(1.5)), complex(F(1.5), F(1.5)), complex(1j, F(1.5)))
print(float(F2(1.5)), complex(F2(2.0)), '%f' % F2(0.5))
print(float(R()), complex(R()), '%f' % R())
print(float(XI()), complex(XI()), '%f' % XI(), math.sqrt(XI()))
for f in (float, complex, lambda x: '%f' % x, math.sqrt):
    try:
        f(Bad())
    except TypeError as e:
        print('TypeError', e)


# complex() reads a str subclass as its text.
class S(str):
    def __float__(self):
        return 4.5


print(complex(S('1')), complex(S(' 1+2j ')), float(S('1')))
for args in ((S('x'),), (S('1'), 1), (1, S('1'))):
    try:
        complex(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

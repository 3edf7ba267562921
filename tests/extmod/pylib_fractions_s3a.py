# fractions (frozen pure-Python module, lib/fractions.py): Fraction
# construction, arithmetic mixed with int/float/complex, comparisons,
# hashing, rounding, limit_denominator.
import math
import numbers
from fractions import Fraction as F

print(F(), F(3), F(6, 4), F(-6, 4), F(6, -4), F(0, -5), F(F(1, 3)), F(F(1, 2), F(3, 4)), F(True))
print(repr(F(1, 3)), str(F(4, 2)), F(7, 3).numerator, F(7, 3).denominator, F(5, 10).as_integer_ratio())
for text in ['3/4', ' -3/4 ', '+5', '1.5e-3', '.5', '1_000.000_1', '3.', '2E2', '-0.25', '7e+1', '10/4',
             '\t12\n']:
    print(repr(text), F(text))
for bad in ['1/', '/2', '1 /2', '', '1e', '1__0', '_1', '.', 'inf', '1.5/2', '0x10', '1/-2', '--1', 'e5']:
    try:
        F(bad)
        print('accepted', repr(bad))
    except ValueError as e:
        print('ValueError', e)
for bad_args in [(1.5, 2), ('1', 2), (None,), ([1],)]:
    try:
        F(*bad_args)
    except TypeError as e:
        print('TypeError', e)
try:
    F(3, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(F(0.5), F(1.1), F(-0.1), F.from_float(0.25), F.from_float(3), F(2.0))
try:
    F.from_float('x')
except TypeError as e:
    print('TypeError', e)
for bad in (float('inf'), float('nan')):
    try:
        F(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__)

a, b = F(1, 3), F(3, 4)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(b, a), -a, +a, abs(F(-2, 7)))
print(a + 1, 1 + a, a - 2, 2 - a, a * 3, 3 * a, a / 2, 2 / a, 7 // b, 7 % b, divmod(7, b))
print(a + 0.5, 0.5 + a, a * 1.5, 1.5 / b, b // 0.5, b % 0.5, divmod(1.0, b))
print(a + 1j, 1j * b, type(a + 1j).__name__)
print(b ** 2, b ** -2, b ** 0, F(-2) ** -3, b ** 0.5, 2 ** F(3), 2 ** F(-1), 2 ** F(1, 2), F(1, 3) ** 2.0,
      F(4) ** F(1, 2), 2.0 ** F(2), F(9, 4) ** F(2))
try:
    F(0) ** -1
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    a / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    a + 'x'
except TypeError as e:
    print('TypeError', e)

print(a < b, a <= b, a > b, a >= b, a == F(2, 6), a != b, a == 1, F(2) == 2, F(1, 2) == 0.5, 0.5 == F(1, 2))
print(F(1, 2) < 0.6, F(1, 2) > 1, 2 > F(3, 2), F(1, 3) == 1 / 3, F(1, 2) == 0.5 + 0j, F(1, 2) == 1j)
print(F(1, 2) < float('inf'), F(1, 2) > float('-inf'), F(1, 2) == float('nan'), F(1, 2) < float('nan'))
print(sorted([F(1, 2), 0.25, F(1, 3), 1, 0]), max(F(7, 3), 2), min(F(-1, 2), -0.75))
print(hash(F(1, 3)), hash(F(-1, 2)), hash(F(2 ** 61 - 1, 1)), hash(F(1, 2 ** 61 - 1)),
      hash(F(5)) == hash(5), hash(F(1, 4)) == hash(0.25), hash(F(-1)))
print({F(1, 2): 'half'}[0.5], len({F(2, 4), 0.5, F(1, 2)}))

for x in (F(7, 2), F(-7, 2), F(5, 2), F(-5, 2), F(1, 3), F(-1, 3), F(10)):
    print(x, math.floor(x), math.ceil(x), math.trunc(x), int(x), round(x), round(x, 1), round(x, -1),
          float(x), bool(x))
print(type(round(F(5, 3), 1)).__name__, type(round(F(5, 3))).__name__, bool(F(0)))
print(round(F(12345, 100), 1), round(F(12345, 100), -2), round(F(-15, 10), 0))

pi = F(3.141592653589793)
for limit in (1, 7, 10, 100, 113, 1000, 100000):
    print(limit, pi.limit_denominator(limit))
print(F(1, 3).limit_denominator(2), F(3, 7).limit_denominator(100), F(-3, 7).limit_denominator(5),
      F(0.1).limit_denominator(), F(1, 2).limit_denominator(1))
try:
    F(1, 3).limit_denominator(0)
except ValueError as e:
    print('ValueError', e)

print(isinstance(a, numbers.Rational), isinstance(a, numbers.Real), isinstance(a, numbers.Integral))
print(sum([F(1, n) for n in range(1, 11)]), math.fsum([0.5, 0.25]) == float(F(3, 4)))
import copy
print(copy.copy(a) is a, copy.deepcopy(a) is a, a.__reduce__())


class MyF(F):
    pass


m = MyF(2, 4)
print(type(m).__name__, repr(m), type(m + 1).__name__, m == F(1, 2))
print(F(10 ** 30, 3 * 10 ** 29), F(-(2 ** 100), 2 ** 98), float(F(1, 3)), F(10 ** 20 + 1, 10 ** 20) > 1)

# decimal: construction, str/repr, arithmetic, comparisons, hashing
from decimal import *
from fractions import Fraction
import math
D = Decimal
for s in ['0', '-0', '1.50', '1e5', '1E+2', '-12.345e-10', '.5', '5.', '  7  ', '1_000', 'inf', '-Infinity',
          'nan', 'NaN123', '-sNaN', '0.000001', '0.0000001', '123456789e-20', '0E-7', '1e-999', '12e3']:
    d = D(s)
    print(repr(s), str(d), repr(d), d.as_tuple(), d.to_eng_string())
for v in [0, -5, 10**30, 0.1, -0.0, 1.0, 100.0, 2.5e-7, float('inf'), (1, (1, 2, 3), -2), (0, (), 'F'), D('3.3')]:
    print(repr(D(v)))
for bad in ['abc', '1e', '', '.', '1..2', '--1']:
    try:
        D(bad)
        print('no error', bad)
    except InvalidOperation as e:
        print('InvalidOperation', repr(bad))
a, b = D('1.30'), D('1.2')
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, +a, abs(D('-2.0')))
print(D(7) // D(-2), D(7) % D(-2), D(-7) % 2, divmod(D(-7), 2), D('0') * D('-1'), D(-1) + D(1))
print(D(1) / D(3), D(6) / D(2), D('1.0') / D(4), D(0) / D(5), D('0.00') / D('1.0'), D(100) / D(10), D(1) / D(8))
print(D(2) ** 100, D('1.0') ** 2, D(10) ** -2, D(2) ** -2, D(-2) ** 3, D('1.5') ** 3, pow(D(3), 4, 5))
print(1 + D(2), 3 - D('0.5'), 2 * D('1.5'), 1 / D(4), 7 // D(2), 7 % D(3), 2 ** D(3))
print(D('1e999999') + D('1e-999999'), D('1e-999999') + 1)
for x, y in [(D(1), 1), (D('1.0'), 1), (D('0.5'), 0.5), (D('0.1'), 0.1), (D('0.5'), Fraction(1, 2)),
             (D(2), D('2.00')), (D('-0'), 0), (D(3), 2.5), (D('inf'), 10**100)]:
    print(x == y, x != y, x < y, x <= y, x > y, x >= y, hash(x) == hash(y) if x == y else '-')
for v in ['1.5', '-2.25', '1e30', '0.001', '123456789.123456789', '-0', 'inf', '-inf']:
    print(v, hash(D(v)) == hash(float(v)), hash(D(v)) == hash(Fraction(D(v)) if D(v).is_finite() else float(v)))
print(D('NaN') == D('NaN'), D('NaN') != 1)
try:
    D('NaN') < 1
except InvalidOperation:
    print('InvalidOperation nan <')
try:
    D(1) + 1.5
except TypeError as e:
    print('TypeError')
print(sorted([D('3'), D('1.5'), D('-2'), D('0.25')]), max(D(1), D('1.5')), min(D(1), D('1.5')))
for v in ['2.5', '-2.5', '3.5', '0.4', '-0.6', '7']:
    d = D(v)
    print(v, int(d), float(d), round(d), round(d, 0), math.floor(d), math.ceil(d), math.trunc(d), bool(d))
print(round(D('3.14159'), 2), round(D('2.675'), 2), round(D('1234.5'), -2), D('1.5').as_integer_ratio(),
      D('-0.125').as_integer_ratio(), D('1e3').as_integer_ratio())
for bad in [D('nan'), D('inf')]:
    for f in (int, round):
        try:
            f(bad)
        except (ValueError, OverflowError) as e:
            print(type(e).__name__, e)
print(Fraction(D('1.25')), Fraction.from_decimal(D('-0.5')), float(D('-nan')) != 0)

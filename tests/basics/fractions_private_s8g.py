# Fraction keeps its parts in _numerator/_denominator (code written for
# CPython's fractions reads them) and stays immutable.
from fractions import Fraction as F

r = F(6, 4)
print(r._numerator, r._denominator, r.numerator, r.denominator)
try:
    r.numerator = 4
except AttributeError:
    print('AttributeError')
try:
    r.other = 1
except AttributeError:
    print('AttributeError')


class Half:
    def __eq__(self, other):
        return (other._numerator, other._denominator) == (1, 2)


print(F(1, 2) == Half(), F(2, 3) == Half())
print(F(3, 9) + F(1, 3), F(7, 2).limit_denominator(1), abs(F(-5, 10)))

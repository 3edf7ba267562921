# Fraction(r) for a Rational r keeps r's numerator and denominator as they
# are (they are in lowest terms by contract), and bool() asks the numerator
import numbers
from fractions import Fraction


class Num:
    denominator = 1

    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print('bool called')
        return bool(self.v)

    @property
    def numerator(self):
        return self

    def __eq__(self, other):
        raise AssertionError('no comparisons')

    __ne__ = __lt__ = __eq__


numbers.Rational.register(Num)
n = Num(1)
f = Fraction(n)
print(f.numerator is n, f.denominator, bool(f))
print(bool(Fraction(Num(0))))
print(Fraction(True), Fraction(Fraction(6, 4)), type(Fraction(True).numerator).__name__)
print(bool(Fraction(0, 5)), bool(Fraction(-3, 7)))

# fractions: exact rational numbers (the Fraction class), with the public
# API and results of CPython 3.11's module: construction from ints, strings,
# floats and other rationals, arithmetic mixed with int/float/complex,
# comparisons, hashing consistent with int and float, rounding and
# limit_denominator.
#
# Values are kept normalised (lowest terms, positive denominator).  Binary
# operators go through one dispatcher, _mixed(), which decides from the
# other operand's type whether the result is exact or a float/complex.

import math
import numbers
import sys

__all__ = ['Fraction']

# Constants of the numeric hash (sys.hash_info on CPython, 64-bit build).
_HASH_PRIME = (1 << 61) - 1 if sys.maxsize > 2 ** 32 else (1 << 31) - 1
_HASH_INF = 314159


def _digit_run(text):
    # digits, optionally grouped by single underscores: 1_000
    if not text or text[0] == '_' or text[-1] == '_' or '__' in text:
        return False
    return all(c == '_' or c.isdigit() for c in text)


def _parse(literal):
    # (numerator, denominator) of a string such as ' -3/4', '1.5e-3', '.5';
    # None when it is not a valid literal.
    text = literal.strip()
    negative = text[:1] == '-'
    if text[:1] in ('-', '+'):
        text = text[1:]
    if '/' in text:
        top, _, bottom = text.partition('/')
        if not (_digit_run(top) and _digit_run(bottom)):
            return None
        num, den = int(top), int(bottom)
    else:
        power = 0
        for mark in ('e', 'E'):
            if mark in text:
                text, _, tail = text.partition(mark)
                digits = tail[1:] if tail[:1] in ('-', '+') else tail
                if not _digit_run(digits):
                    return None
                power = int(tail)
                break
        whole, dot, part = text.partition('.')
        if whole and not _digit_run(whole):
            return None
        if part and not _digit_run(part):
            return None
        if not whole and not part:
            return None
        num = int(whole) if whole else 0
        den = 1
        if part:
            scale = 10 ** len(part.replace('_', ''))
            num = num * scale + int(part)
            den = scale
        if power >= 0:
            num *= 10 ** power
        else:
            den *= 10 ** -power
    return (-num if negative else num), den


class Fraction(numbers.Rational):

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        if denominator is None:
            if type(numerator) is int:
                num, den = numerator, 1
            elif isinstance(numerator, numbers.Rational):
                # already in lowest terms: kept as they are (not made ints)
                return cls._exact(numerator.numerator, numerator.denominator)
            elif isinstance(numerator, float) or hasattr(numerator, 'as_integer_ratio') \
                    and not isinstance(numerator, (str, int)):
                num, den = numerator.as_integer_ratio()
            elif isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                num, den = parsed
            else:
                raise TypeError('argument should be a string or a Rational instance')
        elif type(numerator) is int and type(denominator) is int:
            num, den = numerator, denominator
        elif isinstance(numerator, numbers.Rational) and isinstance(denominator, numbers.Rational):
            num = numerator.numerator * denominator.denominator
            den = denominator.numerator * numerator.denominator
        else:
            raise TypeError('both arguments should be Rational instances')
        if den == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % num)
        common = math.gcd(num, den)
        if den < 0:
            common = -common
        self = super(Fraction, cls).__new__(cls)
        self._numerator = num // common
        self._denominator = den // common
        return self

    @classmethod
    def _exact(cls, num, den):
        # an already normalised pair
        self = super(Fraction, cls).__new__(cls)
        self._numerator = num
        self._denominator = den
        return self

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of a finite Decimal (or an integer)."""
        if isinstance(dec, numbers.Integral):
            return cls(int(dec))
        if not hasattr(dec, 'as_integer_ratio') or isinstance(dec, float):
            raise TypeError('%s.from_decimal() only takes Decimals, not %r (%s)'
                            % (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    @classmethod
    def from_float(cls, f):
        """The exact value of a finite float (or an integer)."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)'
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction of self, keeping the last two
        # convergents (prev_*, last_*), until the next would be too big.
        prev_n, prev_d, last_n, last_d = 0, 1, 1, 0
        num, den = self._numerator, self._denominator
        while True:
            term = num // den
            next_d = prev_d + term * last_d
            if next_d > max_denominator:
                break
            prev_n, prev_d, last_n, last_d = last_n, last_d, prev_n + term * last_n, next_d
            num, den = den, num - term * den
        # The best answer is the last convergent or the semiconvergent
        # that uses as much of the remaining room as possible.
        steps = (max_denominator - prev_d) // last_d
        semi = Fraction(prev_n + steps * last_n, prev_d + steps * last_d)
        conv = Fraction(last_n, last_d)
        if abs(conv - self) <= abs(semi - self):
            return conv
        return semi

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # -- arithmetic --

    def _mixed(self, other, exact, inexact, reflected):
        # exact(n1, d1, n2, d2) on two rationals; inexact(x, y) on floats or
        # complex numbers.  `reflected`: other is the left operand.
        if isinstance(other, (int, Fraction)) or isinstance(other, numbers.Rational):
            if reflected:
                return exact(other.numerator, other.denominator, self._numerator, self._denominator)
            return exact(self._numerator, self._denominator, other.numerator, other.denominator)
        if isinstance(other, float) or (reflected and isinstance(other, numbers.Real)):
            mine, theirs = float(self), float(other)
        elif isinstance(other, complex) or (reflected and isinstance(other, numbers.Complex)):
            mine, theirs = complex(self), complex(other)
        else:
            return NotImplemented
        return inexact(theirs, mine) if reflected else inexact(mine, theirs)

    def __add__(a, b):
        return a._mixed(b, _exact_add, _float_add, False)

    def __radd__(b, a):
        return b._mixed(a, _exact_add, _float_add, True)

    def __sub__(a, b):
        return a._mixed(b, _exact_sub, _float_sub, False)

    def __rsub__(b, a):
        return b._mixed(a, _exact_sub, _float_sub, True)

    def __mul__(a, b):
        return a._mixed(b, _exact_mul, _float_mul, False)

    def __rmul__(b, a):
        return b._mixed(a, _exact_mul, _float_mul, True)

    def __truediv__(a, b):
        return a._mixed(b, _exact_div, _float_div, False)

    def __rtruediv__(b, a):
        return b._mixed(a, _exact_div, _float_div, True)

    def __floordiv__(a, b):
        return a._mixed(b, _exact_floordiv, _float_floordiv, False)

    def __rfloordiv__(b, a):
        return b._mixed(a, _exact_floordiv, _float_floordiv, True)

    def __mod__(a, b):
        return a._mixed(b, _exact_mod, _float_mod, False)

    def __rmod__(b, a):
        return b._mixed(a, _exact_mod, _float_mod, True)

    def __divmod__(a, b):
        return a._mixed(b, _exact_divmod, divmod, False)

    def __rdivmod__(b, a):
        return b._mixed(a, _exact_divmod, divmod, True)

    def __pow__(a, b):
        if isinstance(b, numbers.Rational):
            if b.denominator != 1:
                return float(a) ** float(b)
            power = b.numerator
            if power >= 0:
                return Fraction._exact(a._numerator ** power, a._denominator ** power)
            # a negative power flips the fraction (and may divide by zero)
            return Fraction(a._denominator ** -power, a._numerator ** -power)
        if isinstance(b, (float, complex)):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction._exact(a._numerator, a._denominator)

    def __neg__(a):
        return Fraction._exact(-a._numerator, a._denominator)

    def __abs__(a):
        return Fraction._exact(abs(a._numerator), a._denominator)

    def __int__(a):
        top, bottom = a._numerator, a._denominator
        return top // bottom if top >= 0 else -(-top // bottom)

    __trunc__ = __int__

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            whole, rest = divmod(self._numerator, self._denominator)
            twice = 2 * rest
            if twice < self._denominator or (twice == self._denominator and whole % 2 == 0):
                return whole
            return whole + 1
        scale = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * scale), scale)
        return Fraction(round(self / scale) * scale)

    def __float__(a):
        return a._numerator / a._denominator

    def __hash__(self):
        try:
            inverse = pow(self._denominator, -1, _HASH_PRIME)
        except ValueError:
            # denominator divisible by the prime: hashes like infinity
            value = _HASH_INF
        else:
            value = hash(hash(abs(self._numerator)) * inverse)
        if self._numerator < 0:
            value = -value
        return -2 if value == -1 else value

    # -- comparisons --

    def __eq__(a, b):
        if type(b) is int:
            return a._denominator == 1 and a._numerator == b
        if isinstance(b, numbers.Rational):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, numbers.Complex) and not isinstance(b, float):
            # a complex number with no imaginary part compares as its real part
            if b.imag != 0:
                return NotImplemented
            b = b.real
        if not isinstance(b, float):
            return NotImplemented
        if math.isinf(b) or math.isnan(b):
            # no fraction equals these; 0.0 compares the same way
            return b == 0.0
        return a == Fraction.from_float(b)

    def _order(self, other, test):
        if isinstance(other, numbers.Rational):
            return test(self._numerator * other.denominator, self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return test(0.0, other)
            return self._order(Fraction.from_float(other), test)
        return NotImplemented

    def __lt__(a, b):
        return a._order(b, _less)

    def __gt__(a, b):
        return a._order(b, _greater)

    def __le__(a, b):
        return a._order(b, _less_or_equal)

    def __ge__(a, b):
        return a._order(b, _greater_or_equal)

    def __bool__(a):
        return bool(a._numerator)

    # -- copying and pickling --

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


# Exact operations on (n1, d1) and (n2, d2); the results are normalised by
# the Fraction constructor.

def _exact_add(n1, d1, n2, d2):
    return Fraction(n1 * d2 + n2 * d1, d1 * d2)


def _exact_sub(n1, d1, n2, d2):
    return Fraction(n1 * d2 - n2 * d1, d1 * d2)


def _exact_mul(n1, d1, n2, d2):
    return Fraction(n1 * n2, d1 * d2)


def _exact_div(n1, d1, n2, d2):
    return Fraction(n1 * d2, d1 * n2)


def _exact_floordiv(n1, d1, n2, d2):
    return (n1 * d2) // (d1 * n2)


def _exact_mod(n1, d1, n2, d2):
    return Fraction((n1 * d2) % (n2 * d1), d1 * d2)


def _exact_divmod(n1, d1, n2, d2):
    quotient, rest = divmod(n1 * d2, d1 * n2)
    return quotient, Fraction(rest, d1 * d2)


def _float_add(x, y):
    return x + y


def _float_sub(x, y):
    return x - y


def _float_mul(x, y):
    return x * y


def _float_div(x, y):
    return x / y


def _float_floordiv(x, y):
    return x // y


def _float_mod(x, y):
    return x % y


def _less(x, y):
    return x < y


def _greater(x, y):
    return x > y


def _less_or_equal(x, y):
    return x <= y


def _greater_or_equal(x, y):
    return x >= y

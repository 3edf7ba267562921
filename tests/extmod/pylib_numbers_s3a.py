# numbers (frozen pure-Python module, lib/numbers.py): the numeric tower of ABCs.
import numbers

for v in (1, True, 2.5, 3j, 'x', None):
    print(repr(v), [isinstance(v, c) for c in (numbers.Number, numbers.Complex, numbers.Real,
                                                numbers.Rational, numbers.Integral)])
print(issubclass(int, numbers.Real), issubclass(float, numbers.Integral), issubclass(bool, numbers.Number))
print(sorted(numbers.Integral.__abstractmethods__)[:5], len(numbers.Complex.__abstractmethods__) > 10)
try:
    numbers.Real()
except TypeError as e:
    print('TypeError', str(e).split(' with ')[0])


class MyInt(numbers.Integral):
    def __init__(self, v):
        self.v = v

    def __int__(self):
        return self.v


for name in numbers.Integral.__abstractmethods__:
    if name not in ('__int__',):
        setattr(MyInt, name, lambda self, *a: NotImplemented)
import abc
abc.update_abstractmethods(MyInt)
m = MyInt(7)
print(isinstance(m, numbers.Integral), isinstance(m, numbers.Real), m.__index__(), float(m), m.denominator)

# --- more coverage ---
print([c.__name__ for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])
print([c.__module__ for c in (numbers.Number, numbers.Integral)], numbers.Number.__hash__)
for cls in (numbers.Complex, numbers.Real, numbers.Rational):
    print(cls.__name__, sorted(cls.__abstractmethods__))
print(issubclass(numbers.Integral, numbers.Complex), issubclass(complex, numbers.Real),
      isinstance(1.5, numbers.Rational), issubclass(float, numbers.Complex))


class Meters(numbers.Real):
    def __init__(self, v):
        self.v = v

    def __float__(self):
        return float(self.v)

    def __floordiv__(self, other):
        return Meters(self.v // other)

    def __mod__(self, other):
        return Meters(self.v % other)

    def __rfloordiv__(self, other):
        return Meters(other // self.v)

    def __rmod__(self, other):
        return Meters(other % self.v)

    def __neg__(self):
        return Meters(-self.v)

    def __pos__(self):
        return Meters(self.v)

    def __add__(self, other):
        return Meters(self.v + (other.v if isinstance(other, Meters) else other))

    def __radd__(self, other):
        return Meters(other + self.v)

    def __eq__(self, other):
        return self.v == (other.v if isinstance(other, Meters) else other)

    def __repr__(self):
        return 'Meters(%r)' % (self.v,)


for name in numbers.Real.__abstractmethods__:
    if not hasattr(Meters, name) or getattr(getattr(Meters, name), '__isabstractmethod__', False):
        setattr(Meters, name, lambda self, *a: NotImplemented)
abc.update_abstractmethods(Meters)
m = Meters(7)
print(divmod(m, 2), divmod(20, m), complex(m), m.real, m.imag, m.conjugate())
print(m - 2, 10 - m, bool(Meters(0)), bool(m), isinstance(m, numbers.Complex))
try:
    hash(m)
except TypeError:
    print('unhashable: Complex sets __hash__ = None')


class Half(numbers.Rational):
    numerator = 1
    denominator = 2


for name in numbers.Rational.__abstractmethods__:
    if name not in ('numerator', 'denominator'):
        setattr(Half, name, lambda self, *a: NotImplemented)
abc.update_abstractmethods(Half)
print(float(Half()), Half.__abstractmethods__)
numbers.Complex.register(type('Cplx', (), {}))
print(isinstance(type('Other', (), {})(), numbers.Number))

# numbers: the numeric tower of abstract base classes (PEP 3141), with the
# public names and abstract-method sets of CPython's module.
# The classes are built from tables: each level lists the operations it
# leaves abstract and the few it implements in terms of the others.

from abc import ABCMeta

__all__ = ['Number', 'Complex', 'Real', 'Rational', 'Integral']


def _stub(owner, name, as_property):
    def required(self, *args):
        raise NotImplementedError
    required.__name__ = name
    required.__qualname__ = owner + '.' + name
    required.__isabstractmethod__ = True
    return property(required) if as_property else required


def _level(name, base, abstract, props, concrete, doc):
    body = {'__module__': 'numbers', '__qualname__': name, '__slots__': (), '__doc__': doc}
    for meth in abstract.split():
        body[meth] = _stub(name, meth, False)
    for attr in props.split():
        body[attr] = _stub(name, attr, True)
    body.update(concrete)
    return ABCMeta(name, (base,) if base is not None else (), body)


Number = _level('Number', None, '', '', {'__hash__': None},
                'All numbers inherit from this class.')

# Operations common to every level from Complex down.
_ring = ('__add__ __radd__ __neg__ __pos__ __mul__ __rmul__ __truediv__ __rtruediv__ '
         '__pow__ __rpow__ __abs__ __eq__ ')


def _complex_sub(self, other):
    return self + -other


def _complex_rsub(self, other):
    return -self + other


def _complex_bool(self):
    return self != 0


Complex = _level('Complex', Number, _ring + '__complex__ conjugate', 'real imag',
                 {'__sub__': _complex_sub, '__rsub__': _complex_rsub,
                  '__bool__': _complex_bool, '__hash__': None},
                 'Complex defines the operations that work on the builtin complex type.')

# Ordering, rounding and floor division appear from Real down.
_ordered = ('__trunc__ __floor__ __ceil__ __round__ __floordiv__ __rfloordiv__ '
            '__mod__ __rmod__ __lt__ __le__ ')


def _real_complex(self):
    return complex(float(self))


def _real_divmod(self, other):
    return (self // other, self % other)


def _real_rdivmod(self, other):
    return (other // self, other % self)


def _same(self):
    return +self


def _zero(self):
    return 0


Real = _level('Real', Complex, _ring + _ordered + '__float__', '',
              {'__complex__': _real_complex, '__divmod__': _real_divmod,
               '__rdivmod__': _real_rdivmod, 'real': property(_same),
               'imag': property(_zero), 'conjugate': _same},
              'To Complex, Real adds the operations that work on real numbers.')


def _ratio_float(self):
    return int(self.numerator) / int(self.denominator)


Rational = _level('Rational', Real, _ring + _ordered, 'numerator denominator',
                  {'__float__': _ratio_float},
                  '.numerator and .denominator should be in lowest terms.')


def _int_index(self):
    return int(self)


def _int_float(self):
    return float(int(self))


def _one(self):
    return 1


_bits = ('__int__ __lshift__ __rlshift__ __rshift__ __rrshift__ __and__ __rand__ '
         '__xor__ __rxor__ __or__ __ror__ __invert__')

Integral = _level('Integral', Rational, _ring + _ordered + _bits, '',
                  {'__index__': _int_index, '__float__': _int_float,
                   'numerator': property(_same), 'denominator': property(_one)},
                  'Integral adds methods that work on integral numbers.')

Complex.register(complex)
Real.register(float)
Integral.register(int)

# complex: parsing, arithmetic, hash (full word, as CPython), formatting, subclassing, dunders
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__)
for s in ['1+2j', ' 1+2j ', '(1+2j)', '( 1+2j )', '1', 'j', '-j', '+1.5e3-2.5e-3J', 'inf+nanj', '1 + 2j', '1+', '', '()', '(1+2j', '1e+j', '1_0j', 'nanj', '-infj', '1j2', 'J']:
    t(complex, s)
t(complex, 1, 2); t(complex, 1j, 1j); t(complex, '1', 2); t(complex, 1, '2'); t(complex, None); t(complex, real=1, imag=2); t(complex, 10**400); t(complex)
t(complex, 1.5, 10**400); t(complex, b'1')
class C:
    def __complex__(self): return 3+4j
class D:
    def __float__(self): return 2.5
class I:
    def __index__(self): return 7
t(complex, C()); t(complex, D()); t(complex, I()); t(complex, D(), D())
print(1j * 1j, (1+2j) * (3-4j), (1+2j) / (3-4j), (1+2j) ** 2, (1+2j) ** 0.5, 2 ** (1+1j), 1j ** 0, 0j ** 0, abs(3+4j), -(1+2j), +(1j), (1+2j).conjugate())
t(lambda: 1j / 0); t(lambda: 1j // 1); t(lambda: 1j % 1); t(lambda: divmod(1j, 1)); t(lambda: 0j ** -1); t(lambda: 0j ** 1j); t(lambda: 1j < 2j); t(lambda: int(1j)); t(lambda: float(1j)); t(lambda: round(1j))
print(1j == 1j, 1 + 0j == 1, 1.0 + 0j == 1.0, 1j != 1, (1+0j) == True, hash(1+0j) == hash(1), hash(2j) == hash(2j), bool(0j), bool(-0j), bool(1e-300j))
print(repr(complex(0, -0.0)), repr(complex(-0.0, 0)), repr(-0j), repr(complex(-0.0, -0.0)), 1e300j * 1e300j, repr(complex(float('nan'), float('inf'))))
print(repr(1e16j), repr(1.5e-7 + 1e22j), repr(complex(1, 2).real), (3+4j).imag, complex(1, 2) + 1, 1 - 1j, 2.5 * 1j, 1j + True)
for sp in ['', '.2f', '>20', '+.3e', '^30.4g', '.0f', 'g', '#', '.1', 'e', '%', 'd', '010', '<', '.3', ',.2f', '*^24']:
    try:
        print(repr(format(1.5-2.25j, sp)), repr(format(3j, sp)), repr(format(complex(1e20, -0.0), sp)))
    except Exception as e:
        print(sp, type(e).__name__)
print('{:.2f}'.format(complex('nan+infj')), '%s %r' % (1j, 2+3j))
t(lambda: '%f' % 1j); t(lambda: '%d' % 1j)
class CC(complex):
    pass
c = CC(1, 2); print(c, type(c + 1).__name__, repr(CC('3j')), isinstance(c, complex))
print(complex.__new__(complex, 5), (1j).__class__.__name__)
print(1j.__eq__(1j), (1j).__add__(1), (2).__add__(1j), (1j).__radd__(2), (1j).__mul__('a'))
t(lambda: 1j + 'a'); t(lambda: 'a' + 1j); t(lambda: [1] * 1j)
print(pow(1j, 2), pow(2j, -1), (1+1j) ** 3, (1+1j) ** -2, (1+1j) ** 1e-300, 10 ** 1j)
t(pow, 1j, 2, 3); t(lambda: (1e200 + 1e200j) ** 2); t(lambda: 1e308j * 10)
for v in [0.0, -0.0, 1.0, 0.1, -0.1, 1e-300, 1e300, 2.0**62, 2.0**63, 2.0**64, -2.0**100, 3.14159, 123456.789, float('inf'), float('-inf'), 5e-324, 1.5, -1.5, 2**0.5]:
    print(v, hash(v), hash(complex(v, 1)), hash(complex(0, v)))
print(hash(10**30), hash(-10**30), hash(2**61-1), hash(2**61), hash(-2**61), hash(-1), hash(-2))
print(hash(True), hash((1.5, 2)), hash(frozenset()) == hash(frozenset()))

# float dunders, exhaustive inf/nan operator table, repr round trip, format of ints as floats
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__)
for n in ['__complex__', '__float__', '__int__', '__getnewargs__', '__abs__', '__bool__', '__neg__', '__pos__', '__hash__', '__round__', '__floor__', '__trunc__', '__index__', '__format__', '__reduce__', '__divmod__', '__floordiv__', '__mod__', '__pow__', '__rpow__', '__truediv__', '__rtruediv__', 'conjugate', 'real', 'imag', '__lt__', '__eq__', '__ne__', 'fromhex', 'hex', 'is_integer', 'as_integer_ratio', '__getformat__']:
    print(n, hasattr(1j, n), hasattr(1.5, n))
t(lambda: (1+2j).__complex__()); t(lambda: (1.5).__getnewargs__()); t(lambda: (1j).__getnewargs__()); t(lambda: (1j).__pow__(2)); t(lambda: (2).__rpow__(1j))
t(lambda: (1j).__truediv__(0)); t(lambda: (1j).__eq__(1)); t(lambda: (1j).__ne__('a')); t(lambda: (1j).__lt__(1j)); t(lambda: (2.0).__mod__(0)); t(lambda: (2.0).__rpow__(-8) )
for i in range(-330, 330, 37):
    print('%.3e %.5g %.2f' % (10.0**i if i > -323 else 0.0, 3.0**(i/3), 1.1**(i/10)), end=' | ')
print()
import random
random.seed(1)
ok = 0
for i in range(2000):
    x = random.random() * 10 ** random.randint(-300, 300)
    ok += float(repr(x)) == x and float(str(x)) == x and float('%.17g' % x) == x
print(ok)
print("%.5g" % 2**100, "{:e}".format(2**100), "{:.3f}".format(10**20 + 1), '{:,.2f}'.format(2**70), format(2**60, '_.1e'), format(-7, '%'), format(3, 'g'), format(10**16, ''), format(True, 'e'))
print((-2) ** 0.5, (-8) ** (1/3), 2 ** -1, (-2) ** -2, 0.0 ** 0, 0 ** 0.0, (-0.0) ** 3, (-1.0) ** 0.5, (-1) ** 2.0, 4 ** 0.5, 10 ** -2)
t(lambda: 0 ** -1.0); t(lambda: 0.0 ** -2); t(lambda: (-0.0) ** -1); t(lambda: pow(-2.0, 1e400)); t(lambda: pow(-2.0, -1e400)); t(lambda: pow(float('-inf'), 3)); t(lambda: pow(float('-inf'), -3))
t(int, '1.5'); t(int, 1.5e20); t(int, '1e5'); t(int, b'12'); t(float, '0x1p5'); t(float, '1.5e'); t(float, 'in f')
print(1e1000, -1e1000, 1e-1000, 0.1e-1000, 1e308 * 10 - 1e308 * 10 != 0, float('inf') - float('inf'), float('inf') * 0, float('nan') + 1, -float('nan'), abs(float('-nan')))
inf = float('inf'); nan = float('nan')
for a in [inf, -inf, nan, 0.0, 1.0]:
    r = []
    for b in [inf, -inf, nan, 0.0, -0.0, 1.0]:
        for op in ['+', '-', '*', '/', '//', '%', '**', '<', '==', '>=']:
            try:
                r.append(str(eval('a %s b' % op)))
            except Exception as e:
                r.append(type(e).__name__[:3])
    print(' '.join(r))

# decimal: contexts, signals, rounding modes, quantize, format
from decimal import *
import decimal
D = Decimal
print(getcontext().prec, getcontext().rounding, DefaultContext.Emax, BasicContext.prec, ExtendedContext.traps[InvalidOperation])
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(Overflow, Inexact), issubclass(Underflow, Subnormal),
      issubclass(FloatOperation, TypeError), issubclass(InvalidOperation, ArithmeticError),
      issubclass(DivisionUndefined, ZeroDivisionError), issubclass(ConversionSyntax, InvalidOperation))
for x, y in [(1, 0), (0, 0), ('1e999999', 10)]:
    try:
        print(D(x) / D(y) if x != '1e999999' else D(x) * D(y))
    except DecimalException as e:
        print(type(e).__name__)
try:
    D(1) % 0
except InvalidOperation:
    print('InvalidOperation mod')
modes = [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP]
vals = ['2.5', '3.5', '-2.5', '2.51', '-2.49', '2.0', '5.01', '0.01', '-1.05', '1.15']
for m in modes:
    print(m, [str(D(v).quantize(D('1.0') if '.' in v[-3:-1] else D(1), rounding=m)) for v in vals],
          [str(D(v).quantize(D(1), rounding=m)) for v in vals])
with localcontext() as c:
    c.prec = 5
    print(D(1) / D(7), D('123456789') + 0, D('1.23456789') * 1, c.flags[Inexact], c.flags[Rounded])
    c.rounding = ROUND_DOWN
    print(D(2) / D(3), -D(2) / D(3))
    c.clear_flags()
    print(D(1) + D(1), c.flags[Inexact])
print(getcontext().prec, D(1) / D(7))
with localcontext(prec=3, rounding=ROUND_UP) as c:
    print(D('1.231') + 0, c.prec)
ctx = Context(prec=6, rounding=ROUND_HALF_UP)
print(ctx.add(D('1.0000005'), 0), ctx.divide(1, 3), ctx.sqrt(D(2)), ctx.power(2, 10), ctx.create_decimal('3.14159265'))
print(ctx.multiply(D('1.5'), 2), ctx.subtract(1, D('0.1')), ctx.compare(1, 2), ctx.abs(D(-3)), ctx.minus(D(1)))
print(repr(Context()), Context(prec=7).prec)
c = Context(prec=5, Emax=10, Emin=-10, traps=[])
print(c.multiply(D('9e9'), D(100)), c.flags[Overflow], c.multiply(D('1e-10'), D('1e-3')), c.flags[Subnormal],
      c.divide(D(1), D('1e-15')), c.divide(1, 0), c.divide(0, 0), c.flags[DivisionByZero])
c = Context(prec=3, Emax=5, traps=[], clamp=1)
print(c.create_decimal('1e5'), c.create_decimal('9.999e5'), c.create_decimal('1e4'))
print(D('7.325').quantize(D('.01'), rounding=ROUND_DOWN), D('7.325').quantize(D('1.'), rounding=ROUND_UP),
      D('1.41421356').quantize(D('1.000')), D(5).quantize(D('1e1')), D('0.5').quantize(D('1e-5')))
try:
    D('123456').quantize(D('1e-30'))
except InvalidOperation:
    print('quantize InvalidOperation')
for v in ['120.00', '0.00', '-1E+2', '1.5']:
    print(D(v).normalize(), D(v).to_integral_value(), D(v).to_integral_exact(rounding=ROUND_CEILING), D(v).adjusted())
print(D(2).sqrt(), D(100).sqrt(), D('0.0100').sqrt(), D('-0').sqrt(), D('1e-10').sqrt(), D(10**40).sqrt())
print(D(-3).copy_sign(D(1)), D(3).copy_abs(), D(3).copy_negate(), D(3).is_signed(), D('nan').is_nan(),
      D('snan').is_snan(), D('inf').is_infinite(), D(0).is_zero(), D(1).is_finite(), D('1e-1000000').is_subnormal(),
      D(5).is_normal(), D(1).max(D('1.0')), D(1).min(D('nan')), D(3).compare(D(4)), D(3).fma(2, D('0.5')))
for spec in ['', 'f', '.2f', 'e', '.3e', 'g', '.3g', ',', ',.2f', '%', '.1%', '10.2f', '<10', '^11.1f', '*>12,.3f',
             '+.1f', ' f', '012,.1f', '-012.2f', 'E', 'G', '.0f', '.0e', 'z.1f', 'n']:
    out = []
    for v in ['1234567.891', '-0.001', '0', '1E+2', '0.5', '1.5e10', '-inf', 'nan', '9.99', '0.00001234']:
        out.append(format(D(v), spec))
    print(repr(spec), out)
print('{:.2f} {:>8} {}'.format(D('3.14159'), D('2.5'), D('1e-7')), f"{D('1234.5'):,.2f}")

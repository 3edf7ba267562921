# Decimal.number_class, canonical, is_canonical, radix, logb, scaleb (and the
# Context forms): values, NaN/infinity/zero cases and the signals they raise
from decimal import Decimal, Context, localcontext, InvalidOperation, DivisionByZero
c = Context(prec=5, Emin=-10, Emax=10, traps=[])
vals = ['1', '-1.5', '0', '-0', 'Inf', '-Inf', 'NaN', '-sNaN', '1E-11', '-2E-12', '123456789', '0.001']
for v in vals:
    d = Decimal(v)
    print(v, d.number_class(c), c.number_class(d), repr(d.canonical()), d.is_canonical(),
          repr(d.radix()), repr(d.logb(c)), repr(c.logb(d)))
    for k in ('2', '-3', '1.5', '1E+1', 'NaN', '100'):
        print('  scaleb', k, repr(d.scaleb(Decimal(k), c)), repr(c.scaleb(d, Decimal(k))))
    print(' ', sorted(str(f.__name__) for f, on in c.flags.items() if on))
    c.clear_flags()
print(repr(c.canonical(Decimal('2.50'))), repr(c.is_canonical(Decimal(3))))
print(repr(Decimal('7.5').scaleb(3)), repr(Decimal('1E+9').scaleb(5, c)))
with localcontext() as ctx:
    ctx.traps[DivisionByZero] = True
    try:
        Decimal(0).logb()
    except DivisionByZero as e:
        print('DivisionByZero')
    try:
        Decimal(1).scaleb(Decimal('0.5'))
    except InvalidOperation:
        print('InvalidOperation')

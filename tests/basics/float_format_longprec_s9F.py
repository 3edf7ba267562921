# very long precisions are formatted in full (was capped at 400 / 120 digits); too big ones are ValueError as in CPython
s = '%.1000f' % 1.0
print(len(s), s[-5:])
s = '{:.1000f}'.format(1.0)
print(len(s), s[-5:])
print('%.200g' % 0.1)
print('%.800g' % 2**-1074)
print(len('%.800e' % 2**-1074))
print('{:.200g}'.format(1/3))
print('%.500f' % 1e-300)
print(format(1e300, '.400f')[:20], len(format(1e300, '.400f')))
print('%.130g' % (1/3))
print('%#.130g' % (1/3))
print(format(0.1, '.60'))
print(format(0.1, '.130'))
for fmt in ('%.3000000000f', '%.2147483648f'):
    try:
        print(len(fmt % 1.0))
    except Exception as e:
        print(type(e).__name__, e)
for sp in ('.3000000000f', '.2147483648f', '.9999999999999999999f'):
    try:
        print(len(format(1.0, sp)))
    except Exception as e:
        print(type(e).__name__, e)
print(len(format(1.5+2j, '.500f')), format(1e-300j, '.400e')[-10:], len('{:.600g}'.format(2**-1074 * 1j)))
print(len('%.700f' % 1e300), ('%.400e' % (1/3))[-8:], len(format(1/3, '.1000')), len(format(1/3, '.500%')))
print('%.100g' % 1e-5, '%#.60g' % 1.0, '{:.90}'.format(2.0**100), '{:.120e}'.format(0.1)[-12:])
x = format(1.5, '1000.3f'); print(len(x), x.strip())
print(len('%2000.1f' % 1.5), len('{:>2000}'.format(1e300)))

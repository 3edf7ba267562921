# float and complex format() / % corners, incl. MicroPython float_format style rounding loops
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__)
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 123.456, 1e-7, 1e16, 1.5e300, 5e-324, 2.5, 3.5, 0.5, 1234567.0, 9.9999995, float('inf'), float('-inf'), float('nan')]
specs = ['', 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n', '.0', '.1', '.3e', '.0e', '.0f', '.0%', '#.0f', '#.0e', '#g', '#.3g', '.10g', '.17g', '.20e', '+', ' ', '-', '010.2f', '<10', '>10', '^10', '=+10.1f', '*^12.3g', ',', '_', ',.2f', '_.3e', '015,.1f', 'z.1f', 'z', '#', '#.0', '.0g', '.50f', '.25g', '.2%', '12', '012']
for v in vals:
    out = []
    for s in specs:
        try:
            out.append(format(v, s))
        except Exception as e:
            out.append(type(e).__name__)
    print(out)
mods = ['%f', '%e', '%g', '%G', '%E', '%F', '%.0f', '%#.0f', '%+.2e', '% g', '%010.3f', '%-10.2f|', '%.3g', '%#g', '%.0e', '%#x' ,'%d', '%i', '%5.1f', '%r', '%s', '%a', '%c', '%.20g', '%#.0e', '%u', '%o', '%x']
for v in vals + [1e100, 12345678.9]:
    out = []
    for m in mods:
        try:
            out.append(m % v)
        except Exception as e:
            out.append(type(e).__name__)
    print(out)
print('%*.*f' % (10, 3, 3.14159), '%-*.*e|' % (12, 2, 31.4), '%.*g' % (3, 1e-10))
print('%(a).2f %(b)s' % {'a': 1.234, 'b': 2.5})
print('{0:.3} {0:.3f} {1!r} {1!s:>6}'.format(1.23456, 2.5))
print(f'{1.5:{"^"}{10}.{3}}', f'{3.14159:.{2}f}', f'{-0.0:+}', f'{1e-10:.2%}')
for p in range(8): print(('%%.%df' % p) % 6e-5, end=' ')
print()
print('%.2e' % float('9' * 51 + 'e-39'), '%.2e' % float('9' * 40 + 'e-21'), float('%.23e' % 1e-80))
for r in range(0, 38, 5): print('%.12e' % float('1e-' + str(r)), end=' ')
print()
for v in (116, 1111, 1234, 5010, 11111):
    print('%.0f %.1f %.2f %.3g %.0e' % (v, v, v, v, v), end='; ')
print()
print('%.2f' % 1.005, '%.1f' % 0.25, '%.1f' % 0.35, '%.0f' % 0.5, '%.0f' % 1.5, '%.0f' % 2.5, '%.15g' % 0.1, '%.16g' % 0.1, '%.17g' % 0.1)
print('{:.0f} {:.0f}'.format(2**100, 10**20), '%.0f' % 2**100, '%d' % 1e20, '%d' % -2.7, '%x' % 255 if True else 0)
t(lambda: '%x' % 2.5); t(lambda: '%c' % 65.0); t(lambda: '%d' % float('inf')); t(lambda: '%d' % float('nan'))
t(lambda: format(1.5, 'd')); t(lambda: format(1.5, 'x')); t(lambda: format(1.5, 's')); t(lambda: format(1.5, ',n')); t(lambda: format(1.5, 'c')); t(lambda: format(1.5, '=')); t(lambda: format(1.5, '.'))
t(lambda: format(2, '.2f')); t(lambda: format(2, 'e')); t(lambda: format(True, '.1f')); t(lambda: format(10**30, 'g')); t(lambda: format(2, '%'))
t(lambda: format(10**400, 'f')); t(lambda: format(10**400, '.3e'))
t(lambda: '%f' % 10**400); t(lambda: '%f' % '1'); t(lambda: '%.1f' % True)
print(format(1e16, '#'), format(1e16, ''), format(1.0, '#'), format(123.0, '.0'), format(100.0, '#.0'), format(1e5, '.2'), format(0.00001, '.3'))

# format spec for floats: precision and types
v = 3.14159265
for spec in ('', 'f', '.0f', '.3f', '10.2f', '<10.2f', '^10.2f', '+.2f', ' .2f', '010.3f',
             'e', '.2e', 'E', 'g', '.3g', '.10g', 'G', '%', '.1%', ',.2f', '#.0f', '.0e'):
    print(repr(spec), format(v, spec), format(-v * 1000, spec))
print(format(1e-7, ''), format(1e16, ''), format(123.0, 'g'), format(1e6, 'g'), format(1e5, '.2g'))
print(format(0.0, 'e'), format(-0.0, 'f'), format(100.0, '.0e'), format(9.99, '.1f'))

# format(complex, spec) is Python (frozen lib/_complexformat.py) behind a stub
# in complex's method table: every part of the spec, the errors in CPython's
# order and wording, f-strings, subclasses and direct calls.
vals = [0j, -0j, complex(0.0, -0.0), complex(-0.0, 0.0), 1j, -1j, 1 + 2j, -1.5 - 2.25j,
        1234567.891 + 0.001j, 1e300 + 1e-300j, complex(float('inf'), float('-inf')),
        complex(float('nan'), 1), complex(-1e-9, 5e22), 3 + 0j, 12345678901234.5j]
specs = ['', 'f', '.2f', '10', '<30', '^30', '*>30.3e', '+', ' ', '-', 'z.1f', '#', '#g', '#.0f',
         ',', '_', ',.2f', '_g', 'n', '.3n', 'g', 'G', 'E', 'F', '.0', '.1', '20.5g', 'x', 'd', '%',
         '=10', '010', '0<10', 'x<10', '\u20ac^25', ',,', ',_', '_,', '.', '.f', ',d', '_x', 'ff',
         'z', 'z#.3g', '#.3', ' 12.3f', '+.0e', '\u00e9', 'zf', '#r', '5 ', '\x01', '\x7f']
for v in vals:
    for s in specs:
        try:
            r = format(v, s)
        except ValueError as e:
            r = 'ValueError: %s' % e
        print(repr(v), repr(s), r)
for s in ('', '+', 'z', '#'):
    for w in ('', '12'):
        for g in ('', ',', '_'):
            for p in ('', '.0', '.3'):
                for t in ('', 'e', 'f', 'g', 'G', 'n', 'd'):
                    spec = s + w + g + p + t
                    for v in (complex(-0.0, 1234.5678), complex(-9876543.21, -1e-7), complex(1e17, -0.0)):
                        try:
                            r = format(v, spec)
                            r += ' ' + str(f'{v:{spec}}' == r)
                        except ValueError as e:
                            r = 'ValueError: %s' % e
                        print(repr(spec), r)


class C(complex):
    pass


print(format(C(1, 2), '.1f'), (1 + 2j).__format__('.2f'), complex.__format__(3j, ''))
for bad in (5, None, b'f'):
    try:
        (1j).__format__(bad)
    except TypeError as e:
        print('TypeError', e)

# complex.__format__ called with a wrong argument count words it as the C
# method it is in CPython (session 29).
for args in ((), ('', 1)):
    try:
        (1j).__format__(*args)
    except TypeError as e:
        print('TypeError', e)

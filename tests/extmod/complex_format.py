# format() of complex numbers: default (str-like), typed, padded, signed, grouped.
vals = [1+2j, -1.5-0.25j, 1j, -1j, 0j, -0j, complex(-0.0,1), 1e20+1e-5j, 12345.678+9876.5j, complex(float('inf'),float('nan')), complex(float('-nan'), -float('inf')), 0.1+0.2j]
specs = ['', '>30', '<30', '^30', '*^30', '+', ' ', '-', '.2', '.2f', '10.3e', 'g', 'G', '.0f', '#', '#.0f', '+.1f', ',.2f', '_f', 'n', '.3g', 'E', 'F', 'z.1f', '.10', '+20.4e', 'f', ',', 'é^12', '#g', '#.3']
for s in specs:
    print(repr(s), [format(v, s) for v in vals])
for s in ['0', '010', '=10', 'x', '%', 'd', 'abc', '.f', ',_']:
    try:
        print(format(1j, s))
    except ValueError:
        print('ValueError', s)
print(f'{1+2j:>12}|{3j:<6}|{-1j!r:^9}', '{:.1f}'.format(2.25+1j), '%s' % (1j,))

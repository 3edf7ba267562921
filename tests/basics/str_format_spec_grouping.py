# format spec: grouping with zero padding, '_' for bases, grouped floats
for v in (0, 7, 1234, -1234, 1234567, 2 ** 64):
    print(format(v, ','), format(v, '_'), format(v, '_x'), format(v, '_b')[-9:],
          format(v, '012,'), format(v, '0=12,'), format(v, '*=12,'), format(v, '011_x'))
for v in (1234.5, -1234567.891, 0.5, 1e21):
    print(format(v, ','), format(v, ',.2f'), format(v, '_.1f'), format(v, '015,.2f'), format(v, ',e'))
for spec in (',x', '_n', ',c', ',s'):
    try:
        format(255, spec)
    except ValueError:
        print('ValueError', spec)
print(format(-0.0, 'z.1f'), format(-0.04, 'z.1f'), format(-1.0, 'z.1f'), format(float('-inf'), 'z'))
print(format(1.5, '.0'), format(100.0, '.3'), format(1234.5, '.2'), format(0.0001, '.3'), format(1.0, '.3'))

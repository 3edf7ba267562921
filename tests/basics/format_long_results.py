# Number formatting builds short results in stack buffers and moves to the
# heap only when a result outgrows them: results on both sides of every
# buffer size must come out whole.
for n in [5, 12345, 10 ** 20, 10 ** 47, 10 ** 48, 10 ** 63, 10 ** 64, 10 ** 100, -7 ** 90]:
    print(f'{n:,}', f'{n:_x}', '%d' % n, '%040d' % n, '%.70d' % n, f'{n:>80}', format(n, '#o'))
for x in [0.1, 1 / 3, 1e22, 1.5e300, -2.5e-300, 123456789.123456789]:
    for p in [0, 3, 17, 30, 40, 47, 48, 60, 120]:
        print('%.*f' % (p, x), '%.*e' % (p, x), f'{x:.{p}g}', f'{x:,.{p}f}', f'{x:060.{p}%}')
print('%.400f' % 1.7976931348623157e308)
print(len(format(1e308, '.1000f')), len('%.2000e' % 2.0))

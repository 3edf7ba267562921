# formatting floats with format specs and % formatting
v = 1234.56789
print(format(v, 'f'), format(v, '.2f'), format(v, '10.1f'), format(v, '<12.3f') + '|')
print(format(v, 'e'), format(v, '.3e'), format(v, 'E'), format(v, 'g'), format(v, '.3g'))
print(format(0.0001234, 'g'), format(1e20, 'g'), format(123456789.0, 'g'), format(1e-5, '.2g'))
print(format(v, ','), format(v, ',.2f'), format(-v, '+.1f'), format(v, '+.1f'), format(v, ' .1f'))
print(format(0.25, '%'), format(0.25, '.0%'), format(v, '015.2f'), format(-v, '015.2f'))
print('%f %.1f %e %.2e %g %G' % (v, v, v, v, v, 1e-10))
print('%10.3f|%-10.2f|%+.0f|%05.1f' % (v, v, v, 2.5))
print(format(2.5, '.0f'), format(3.5, '.0f'), format(0.125, '.2f'), format(1.0, 'g'))
print(format(float('inf'), 'f'), format(float('-inf'), '.2e'), format(float('nan'), 'g'))

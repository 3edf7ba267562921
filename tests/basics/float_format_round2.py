vals = [1e300, 1.5e-300, 2**0.5, 1/7, 123456789.987654321, 5e-324, 1.7976931348623157e308, 0.1, 1e22, 9.999999999999999e22]
for v in vals:
    print('%.17g' % v, '%.20e' % v, '%.3f' % v if v < 1e100 else len('%f' % v), format(v, '.25g'), format(v, '.0f') if v < 1e30 else '', repr(v), str(-v))
print('%f' % 1e300 == format(1e300, 'f'), format(1e300, 'f')[:40], format(2**0.5, '.50f'))
print(format(0.5, '.0f'), format(1.5, '.0f'), format(2.5, '.0f'), format(-0.5, '.0f'), format(0.05, '.1f'), format(0.15, '.1f'), format(0.25, '.1f'), format(1.005, '.2f'))
print(format(123.456, '.2e'), format(0.000123, 'g'), format(123456789.0, 'g'), format(1e-5, '.3g'), format(99999.5, 'g'), format(999999.5, 'g'), format(1e16, 'g'), format(1.0, 'e'))
print(float('1' * 400), float('0.' + '0' * 400 + '1'), float('1e-400'), float('9' * 20), float('.1e1'), float('1' + '0' * 309))
print(str(1e15), str(1e16), str(1.0e-4), str(1.0e-5), repr(100.0), repr(1e100), str(-1e-100), 1e15 + 0.3, 123456789012.34567)

# float() parsing of strings
for s in ('1', '1.5', '-1.5', '  2.5  ', '1e3', '1E-3', '.5', '5.', '+7', '-0', '1_000.5',
          'inf', '-inf', 'Infinity', '+infinity', 'nan', '-NaN', '1e400', '-1e400', '1e-400',
          '0.1', '123456789012345678901234567890', '10'):
    print(repr(s), float(s))
for bad in ('', 'abc', '1.2.3', '1e', 'e5', '--1', '1 2', 'in f', '0x10', '_1'):
    try:
        float(bad)
    except ValueError:
        print(repr(bad), 'ValueError')
print(float(5), float(-2 ** 70), float(True), float())

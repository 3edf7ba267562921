# %g / :g formatting boundaries and precision rules
vals = [0.0001, 0.00001, 123456, 1234567, 1e16, 1.5e-5, 100.0, 1e-4, 9.9999e-5, 999999.5, 0.1 + 0.2, 2.5, -0.0, 1e300, 5e-324]
for v in vals:
    print(v, '%g' % v, '%.3g' % v, '%#g' % v, '%.10g' % v, format(v, 'g'), format(v, '.0g'), format(v, '#.3g'), format(v, 'G'))
for v in (0.5, 1.5, 2.5, 0.125, 0.375, 1.005, 2.675, 1e-7):
    print('%.0f %.1f %.2f %.0e %.1e' % (v, v, v, v, v), format(v, '.1%'), format(v, '.0%'))
print('%e' % 0, '%E' % 1e100, '%.3e' % -1234.5678, '%10.2e|' % 1e-10, '%-12.3E|' % 42)

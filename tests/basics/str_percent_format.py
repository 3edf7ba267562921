# printf-style % formatting of strings
print('%s %s' % ('a', 1), '%d' % 42, '%i' % -7, '%5d|%-5d|%05d' % (1, 2, 3))
print('%x %X %o %#x %#o' % (255, 255, 8, 255, 8), '%+d % d' % (5, 5))
print('%c%c' % (72, 'i'), '%r %s' % ('q', 'q'), '%%' % (), '%s' % [1, 2], '%s' % (1,))
print('%.2f %10.3f %-8.1f| %e %g' % (3.14159, 2.5, 1.25, 12345.678, 0.00001))
print('%*d|%-*s|' % (5, 1, 4, 'ab'), '%.*f' % (2, 1.23456))
print('%s' % 'single', '%d%%' % 50, '%(a)s-%(b)d' % {'a': 'x', 'b': 2})
print('%5s|%-5s|%.2s' % ('ab', 'cd', 'xyz'), '%d' % 3.9, '%d' % True, '%x' % 2 ** 70)
for fmt, args in (('%d', 'x'), ('%s %s', ('a',)), ('%s', ('a', 'b')), ('%z', 1)):
    try:
        fmt % args
    except (TypeError, ValueError) as e:
        print(type(e).__name__)

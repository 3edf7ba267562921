# % formatting: mapping keys, '*' widths, flags and error cases
d = {'name': 'Ann', 'n': 3, 'f': 2.5}
print('%(name)s has %(n)03d items costing %(f).2f' % d, '%(name)r|%(name)10s|%(name)-6s|' % d)
print('%*s|%-*d|%.*f|%*.*f|' % (4, 'a', 5, 7, 1, 2.25, 8, 2, -1.5), '%*d|' % (-4, 3))
print('%+.3d|% 5d|%-+5d|%#.3o|%#6x|%06.1f|%-8.2e|' % (7, 3, 4, 8, 255, -2.5, 12345.6789))
print('%c%c%c' % ('é', 0x20ac, 65), '%5.1s|' % 'xyz', '%.0s|' % 'abc', '%s' % (('t',),))
print('abc' % (), 'abc' % {}, 'abc' % [], '%s' % {'k': 1}, '%s %s' % ([1], (2,)))
print(b'%s|%b|%5s|%-4b|%c|%x' % (b'a', bytearray(b'b'), b'c', b'd', 101, 255), b'%(k)s' % {b'k': b'v'})
for fmt, args in (('%(a)s', 1), ('%d', 'x'), ('%x', 1.5), ('%c', 'ab'), ('%c', 0x110000), ('%*d', ('x', 1)),
                  ('%', ()), ('%(a', {}), ('%s %s', 'x'), ('%s', ('a', 'b')), ('%q', 1), ('%f', 'x')):
    try:
        print(fmt % args)
    except (TypeError, ValueError, OverflowError) as e:
        print(repr(fmt), type(e).__name__)

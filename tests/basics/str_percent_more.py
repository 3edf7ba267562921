# % formatting corner cases
print('%s %s' % ('a', 'b'), '%s' % 'x', '%s' % ('x',), '%s' % [1, 2], '%s' % ((1, 2),), '%r' % 'q')
print('%5s|%-5s|%.2s|%5.1s|' % ('abc', 'abc', 'abc', 'abc'), '%c%c' % (65, 'b'), '%%' % ())
print('%(a)s %(b)d %(a)r' % {'a': 'x', 'b': 3}, '%(x)5.1f|' % {'x': 2.25})
print('%*d|%-*d|%.*f' % (5, 42, 4, 7, 2, 3.14159))
print('%x %o %X %e' % (255, 8, 3054, 12345.678), '%+.3e' % 0.0001234, '%#o' % 0)
print('%d' % 3.9, '%i' % -2.5, '%d' % True, '%s' % None, '%a' % 'é', '%5%')
for bad, args in (('%d', 'x'), ('%s %s', ('a',)), ('%s', ('a', 'b')), ('%(a)s', ('x',)), ('%z', 1), ('%c', 'ab'), ('%c', 0x110000), ('%', ())):
    try:
        print(bad % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(bad), type(e).__name__)
print('%s' % {'k': 1}, '%d%%' % 50)
try:
    print('%(a)s' % {'b': 1})
except KeyError:
    print('KeyError')
print('%x' % -255, '%o' % -8, '%#x' % 2**70)

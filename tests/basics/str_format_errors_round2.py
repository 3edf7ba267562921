ws = '\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2009\u200a\u2028\u2029\u202f\u205f\u3000'
print([c.isspace() for c in ws], '\u200b'.isspace())
print(('a' + ws + 'b').split(), ('  x' + '\u3000').strip(), repr('\xa0a\xa0'.strip()), 'a\x1cb'.split())
print('a\x1cb\x1dc\x1ed\x85e\u2028f'.splitlines(), 'x\x0by\x0cz'.splitlines())
for fmt, args in [('%d', ('x',)), ('%d %d', (1,)), ('%s', (1, 2)), ('%(a)s', ({},)), ('%z', (1,)), ('%', ()), ('%c', (-1,)), ('%c', ('ab',))]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, fmt)
for fmt, a, k in [('{}', (), {}), ('{0}{}', (1, 2), {}), ('{x}', (), {}), ('{0[5]}', ([1],), {}), ('{:d}', ('s',), {}), ('{', (), {}), ('}', (), {}), ('{!x}', (1,), {}), ('{:,d}', (1.5,), {}), ('{0.nope}', (1,), {})]:
    try:
        print(fmt.format(*a, **k))
    except (IndexError, KeyError, ValueError, AttributeError, TypeError) as e:
        print(type(e).__name__, fmt)
print('%s' % [1], '%s' % ((1, 2),), '%r' % 'x', '%5.1s|' % 'abc', '%-6r|' % 'q', '%+.1e' % 12345.678, '%#.3g' % 1.0, '%g' % 1e-5, '%G' % 1e20, '%.0e' % 5.5)
print('%x %X %o' % (-255, 3**40, -8), '%d' % -0.0, '%.2f' % -0.001, '%5s%%' % 50, '%(x)s %(x)r' % {'x': 'y'})
print('{:.3}'.format('abcdef'), '{:10.3f}|'.format(-1.5), '{:+}'.format(0), '{: }'.format(5), '{:x<5}'.format(1), '{:>+8.2e}'.format(12.5), '{:#b}'.format(5), '{:o}'.format(-9), '{:c}'.format(97), '{:%}'.format(0.25))
print('{0!r} {0!s} {0!a}'.format('é'), '{:^7}'.format('mid'), '{:=8}'.format(-5), '{:08.3f}'.format(-1.5), '{:,.2f}'.format(1234567.891), '{:_}'.format(10**9))

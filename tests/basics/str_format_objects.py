# format() and str.format on objects without __format__, with various specs
class P:
    def __repr__(self):
        return 'P!'
print(format(P()), '{}'.format(P()), '{!r}'.format(P()), '%s %r' % (P(), P()))
try:
    format(P(), 'x')
except TypeError:
    print('TypeError')
print(format([1, 2]), format((1,)), format(None), format({'a': 1}))
try:
    format([1], '>10')
except TypeError:
    print('TypeError')
print(format('abc', '^7'), format('abc', '.1'), format('abc', '*<5'), format('', '>3'))
try:
    format('abc', 'd')
except ValueError:
    print('ValueError')
try:
    format(1.5, 'd')
except ValueError:
    print('ValueError')
try:
    format(1, '.2s')
except ValueError:
    print('ValueError')
print(format(1.5, ''), format(10, 'n'), format(1.5, 'n'), format(0.5, '%'))
print(format(str(None), '>8'))
try: '{:>8}'.format(None)
except TypeError as e: print('TypeError', e)

# str.format with positional and keyword fields
print('{} {}'.format('a', 'b'), '{1} {0}'.format('a', 'b'), '{0}{0}'.format('x'))
print('{name} is {age}'.format(name='Ann', age=30), '{0} {k}'.format(1, k=2))
print('{{}} {{{}}}'.format('lit'), '{}'.format(None), '{}'.format([1, 2]))
print('{:}'.format(5), '{!r}'.format('s'), '{!s}'.format('s'), '{0!r:>6}'.format('q'))
for bad in ('{} {}', '{0} {2}', '{missing}'):
    try:
        bad.format('only')
    except (IndexError, KeyError) as e:
        print(type(e).__name__)
try:
    '{'.format()
except ValueError:
    print('ValueError')
try:
    '{} {0}'.format(1, 2)
except ValueError:
    print('ValueError: mixing auto and manual numbering')

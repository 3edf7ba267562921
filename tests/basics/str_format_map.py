# str.format_map, nested format specs, conversions and field lookups
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point(3, 4)
print('{p.x},{p.y}'.format(p=p), '{0.x:>4}|{0.y:<4}|'.format(p))
print('{a}-{b}'.format_map({'a': 1, 'b': 'two'}))
class Default(dict):
    def __missing__(self, key):
        return '<' + key + '>'
print('{name} is {age}'.format_map(Default(name='Ann')))
print('{:{fill}{align}{width}}|'.format('x', fill='*', align='^', width=7))
print('{0:{1}.{2}f}|{0:{w}}'.format(3.14159, 10, 3, w=6))
print('{!r:>10}|{!s:^7}|{!a}'.format('é', 'ab', 'ñ'))
print('{0[1][0]} {0[2][k]}'.format([0, 'xy', {'k': 'v'}]))
print('{{}}{{{0}}}'.format('lit'))
for bad in ('{0!x}', '{:{:{}}}', '{0.}', '{0[]}', '}', '{'):
    try:
        print(bad.format(1, 2, 3))
    except (ValueError, IndexError, KeyError) as e:
        print(repr(bad), type(e).__name__)
try:
    '{missing}'.format_map({})
except KeyError as e:
    print('KeyError', e)

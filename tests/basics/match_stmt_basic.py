# structural pattern matching
def m(x):
    match x:
        case 0:
            return 'zero'
        case 1 | 2:
            return 'one-two'
        case int(n) if n < 0:
            return 'neg %d' % n
        case str() as s:
            return 'str ' + s
        case [a, b]:
            return 'pair %r %r' % (a, b)
        case [a, *rest]:
            return 'seq %r %r' % (a, rest)
        case {'k': v, **others}:
            return 'map %r %r' % (v, others)
        case (None | True):
            return 'const'
        case float():
            return 'float'
        case _:
            return 'other'
for v in (0, 1, 2, -5, 'hi', [1, 2], (3, 4, 5), [9], {'k': 1, 'z': 2}, None, True, 1.5, {1}, ()):
    print(repr(v), m(v))
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
def where(p):
    match p:
        case Point(0, 0):
            return 'origin'
        case Point(x=0, y=yy):
            return 'y-axis %d' % yy
        case Point(xx, 0):
            return 'x-axis %d' % xx
        case Point():
            return 'somewhere'
print(where(Point(0, 0)), where(Point(0, 3)), where(Point(4, 0)), where(Point(1, 1)))
match 'abc':
    case 'x':
        print('no')
    case other:
        print('capture', other)

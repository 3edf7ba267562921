# namedtuple: construction, fields, tuple behaviour and helpers
from collections import namedtuple

Point = namedtuple('Point', 'x y')
p = Point(1, y=2)
print(p, repr(p), str(p), p.x, p.y, p[0], p[-1], p[:1], len(p))
print(p == (1, 2), p == Point(1, 2), p != Point(2, 1), p < Point(1, 3), hash(p) == hash((1, 2)))
print(isinstance(p, tuple), isinstance(p, Point), type(p).__name__, Point.__name__)
x, y = p
print(x, y, list(p), tuple(p), p + (3,), p * 2, 2 in p, p.index(2), p.count(1))
print(p._asdict(), p._replace(x=10), Point._make([5, 6]), Point._fields, p._fields)
print(Point(*[7, 8]), Point(**{'x': 1, 'y': 0}))
P3 = namedtuple('P3', ['a', 'b', 'c'])
print(P3(1, 2, 3), P3._fields, namedtuple('S', 'a,b , c')._fields, namedtuple('E', '')(), namedtuple('E', [])._fields)
print({p: 'point'}[Point(1, 2)], sorted([Point(2, 1), Point(1, 5)]))
Q = namedtuple('Q', 'a b c', defaults=[0, 9])
print(Q(1), Q(1, 2), Q(1, c=3), Q._field_defaults, namedtuple('D', 'a')._field_defaults)
print(namedtuple('R', 'a def a _b', rename=True)._fields)
print('%s-%s' % p, '{}/{}'.format(*p))

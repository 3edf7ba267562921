# subclasses of a namedtuple keep the fields and add methods
from collections import namedtuple

class Point(namedtuple('Point', 'x y')):
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

p = Point(3, 4)
print(p, p.norm2(), p + Point(1, 1), p._replace(y=0), p._asdict(), isinstance(p, tuple))
class Named(namedtuple('Base', 'a b')):
    pass
n = Named(1, 2)
print(n, type(n).__name__, n.a, n[1], n == (1, 2), Named._make([3, 4]))
class WithDefault(namedtuple('WithDefault', 'host port', defaults=[80])):
    def url(self):
        return '%s:%d' % self
print(WithDefault('example.org').url(), WithDefault('h', 8080).url())

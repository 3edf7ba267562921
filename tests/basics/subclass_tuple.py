# subclassing tuple
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
p = Point(1, 2)
print(p, p.x, p.y, len(p), p == (1, 2), isinstance(p, tuple))
a, b = p
print(a, b, p + (3,), type(p + (3,)).__name__)
print(sorted([Point(2, 1), Point(1, 5)]))

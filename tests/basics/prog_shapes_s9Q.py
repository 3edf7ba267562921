# OOP: inheritance, properties, abstract methods, ordering, repr/eq/hash
import math
from functools import total_ordering

class Shape:
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1
    def area(self):
        raise NotImplementedError("area")
    def perimeter(self):
        raise NotImplementedError
    def describe(self):
        return "%s with area %.2f and perimeter %.2f" % (self.name, self.area(), self.perimeter())
    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.name)
    def __lt__(self, other):
        return self.area() < other.area()

class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self._r = r
    @property
    def radius(self):
        return self._r
    @radius.setter
    def radius(self, v):
        if v < 0:
            raise ValueError("negative radius")
        self._r = v
    def area(self):
        return math.pi * self._r ** 2
    def perimeter(self):
        return 2 * math.pi * self._r

class Rect(Shape):
    def __init__(self, w, h, name="rect"):
        super().__init__(name)
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)
    def __eq__(self, other):
        return isinstance(other, Rect) and (self.w, self.h) == (other.w, other.h)
    def __hash__(self):
        return hash((self.w, self.h))

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s, "square")
    def __repr__(self):
        return "Square(%d)" % self.w

shapes = [Circle(1), Rect(2, 3), Square(2), Circle(0.5), Rect(1, 1)]
for s in shapes:
    print(s.describe())
print(sorted(shapes))
print(max(shapes), min(shapes))
print(Shape.count, Circle.count)
c = shapes[0]
c.radius = 3
print(c.radius, round(c.area(), 4))
try:
    c.radius = -1
except ValueError as e:
    print("ValueError:", e)
try:
    Shape("x").area()
except NotImplementedError as e:
    print("NotImplementedError", e.args)
print(Rect(2, 2) == Square(2), Square(2) == Rect(2, 2), Rect(1, 2) != Rect(1, 2))
print(len({Rect(1, 2), Rect(1, 2), Square(1), Rect(1, 1)}))
print(isinstance(Square(1), Rect), issubclass(Square, Shape), Square.__mro__[1:3])
print([cls.__name__ for cls in Square.__mro__])

@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return "Version(%r)" % ".".join(map(str, self.parts))

vs = [Version(s) for s in ["1.10.0", "1.2", "1.2.1", "0.9", "1.10"]]
print(sorted(vs))
print(Version("1.2") <= Version("1.2"), Version("2") > Version("1.99"), Version("1") >= Version("1.0"))

class Vector:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self):
        return Vector(-self.x, -self.y)
    def __abs__(self):
        return math.hypot(self.x, self.y)
    def __bool__(self):
        return bool(self.x or self.y)
    def __iter__(self):
        yield self.x
        yield self.y
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"
    def __eq__(self, o):
        return tuple(self) == tuple(o)

v = Vector(3, 4)
print(v + Vector(1, 1), v - Vector(1, 1), v * 2, 3 * v, -v, abs(v))
print(bool(Vector(0, 0)), bool(v), list(v), v[1], v[-2], tuple(v * 0.5))
x, y = v
print(x, y)
try:
    v.z = 1
except AttributeError:
    print("AttributeError slots")
v += Vector(1, 1)
print(v, v == Vector(4, 5), v != Vector(4, 5))
print(hasattr(v, "__dict__"))

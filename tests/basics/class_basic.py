# defining and using classes
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self
p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.dims, Point.dims)
print(p.move(1, 1).norm2())
print(Point.norm2(p))
print(type(p).__name__, type(p) is Point, isinstance(p, Point))
class Empty:
    pass
e = Empty()
e.anything = 5
print(e.anything)

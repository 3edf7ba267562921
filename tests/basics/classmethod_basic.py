# classmethod receives the class
class Shape:
    count = 0
    def __init__(self, n):
        self.n = n
    @classmethod
    def make(cls, n):
        cls.count += 1
        return cls(n)
    @classmethod
    def name(cls):
        return cls.__name__
class Square(Shape):
    pass
s = Shape.make(1)
q = Square.make(2)
print(type(s).__name__, type(q).__name__, q.n)
print(Shape.count, Square.count)
print(Shape.name(), Square.name(), q.name())
m = Square.make
print(m(3).n, type(m(4)).__name__)

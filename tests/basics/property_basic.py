# property with a getter
class Circle:
    def __init__(self, r):
        self.r = r
    @property
    def area(self):
        return 3 * self.r * self.r
    @property
    def diameter(self):
        """diameter"""
        return 2 * self.r
c = Circle(2)
print(c.area, c.diameter)
c.r = 3
print(c.area)
try:
    c.area = 5
except AttributeError:
    print('AttributeError: read-only property')
print(type(Circle.area).__name__)
try:
    del c.area
except AttributeError:
    print('AttributeError: cannot delete')

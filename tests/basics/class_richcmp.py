# rich comparison methods
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
    def __le__(self, o):
        return self.v <= o.v
    def __gt__(self, o):
        return self.v > o.v
    def __ge__(self, o):
        return self.v >= o.v
    def __repr__(self):
        return 'V(%d)' % self.v
a, b = V(1), V(2)
print(a == b, a != b, a < b, a <= b, a > b, a >= b)
print(a == V(1), a != V(1))
print(sorted([V(3), V(1), V(2)]))
print(max(V(5), V(9), V(2)), min([V(5), V(9), V(2)]))
print(V(1) < V(2) < V(3))

# default equality is identity; __ne__ is derived from __eq__
class Plain:
    pass
p, q = Plain(), Plain()
print(p == p, p == q, p != q, p != p)
class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, Eq) and self.v == o.v
    __hash__ = None
print(Eq(1) == Eq(1), Eq(1) != Eq(1), Eq(1) != Eq(2), Eq(1) == 1)
print([Eq(2)].index(Eq(2)), Eq(3) in [Eq(3)], [Eq(1)].count(Eq(1)))

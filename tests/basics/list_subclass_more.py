# list subclass behaviour
class L(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.extra = 'e'
    def total(self):
        return sum(self)
l = L([1, 2, 3])
print(l, l.total(), l.extra, len(l), l[0], l[1:], type(l[1:]).__name__, type(l + [4]).__name__)
l.append(4)
print(l, isinstance(l, list), l == [1, 2, 3, 4], sorted(l, reverse=True), type(l * 2).__name__)
class R(list):
    def __repr__(self):
        return 'R' + super().__repr__()
print(R([1]), str(R([2])), [R([3])])
class S(list):
    def __len__(self):
        return 100
print(len(S([1])), bool(S()), list(S([1, 2])))
class T(tuple):
    def __new__(cls, *a):
        return super().__new__(cls, a)
t = T(1, 2)
print(t, len(t), type(t).__name__, t + (3,), type(t + (3,)).__name__)

# rich comparison reflection and defaults
class A:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print('A.__lt__')
        return NotImplemented
class B:
    def __init__(self, v):
        self.v = v
    def __gt__(self, o):
        print('B.__gt__')
        return True
print(A(1) < B(2))
class Eq:
    def __eq__(self, o):
        print('Eq.__eq__')
        return 'eq-result'
print(1 == Eq(), Eq() == 1, [Eq()] == [Eq()])
e = Eq()
print([e] == [e], e in [e], [1, e].index(e), (e,) == (e,))
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
print(OnlyLt(1) < OnlyLt(2), OnlyLt(1) > OnlyLt(2), sorted([OnlyLt(3), OnlyLt(1)])[0].v)
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError:
    print('TypeError <=')
class Sub(OnlyLt):
    def __gt__(self, o):
        print('Sub.__gt__ first')
        return False
print(OnlyLt(1) < Sub(2))
try:
    object() < object()
except TypeError:
    print('TypeError')
print(object() != object(), None == None, None != 0)

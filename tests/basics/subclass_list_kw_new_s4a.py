class subclass(list):
    pass
try:
    subclass(sequence=())
except TypeError:
    print('TypeError')
class subclass_with_init(list):
    def __init__(self, seq, newarg=None):
        super().__init__(seq)
        self.newarg = newarg
u = subclass_with_init([1, 2], newarg=3)
print(type(u).__name__, list(u), u.newarg)
class subclass_with_new(list):
    def __new__(cls, seq, newarg=None):
        self = super().__new__(cls, seq)
        self.newarg = newarg
        return self
u = subclass_with_new([1, 2], newarg=3)
print(type(u).__name__, list(u), u.newarg)
class S(set):
    def __new__(cls, a, newarg=None):
        return super().__new__(cls, a)
try:
    S([1], newarg=3)
except TypeError:
    print('TypeError set')

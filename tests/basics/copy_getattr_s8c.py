# copy of objects whose __getattr__ answers every name: the copier asks the
# class, not the instance, what kind of object it has.
import copy
import array
import collections


class G:
    def __getattr__(self, n):
        if n.startswith('__'):
            raise AttributeError(n)
        return 1


g = G()
g.v = 3
print(copy.copy(g).v, copy.deepcopy(g).v, copy.copy(g).zz)


class NA:
    def __new__(cls, a):
        o = super().__new__(cls)
        o.a = a
        return o

    def __getnewargs__(self):
        return (self.a,)


print(copy.copy(NA(5)).a, copy.deepcopy(NA(6)).a)
a = array.array('i', [1, 2])
print(copy.copy(a), copy.deepcopy(a))
d = collections.defaultdict(list, {1: [2]})
print(copy.copy(d), copy.deepcopy(d))
q = collections.deque([1, 2], 5)
print(copy.copy(q), copy.deepcopy(q))


# __getstate__ and __getnewargs__ as class methods
class C3(list):
    ARGS = (1, 2)

    def __init__(self, a, b):
        self.a = a
        self.b = b
        self.append('x')

    @classmethod
    def __getstate__(cls):
        return cls.ARGS

    def __setstate__(self, state):
        self.a, self.b = state


for c in (copy.copy(C3(7, 8)), copy.deepcopy(C3(7, 8))):
    print(c, c.a, c.b)


class C4(int):
    @classmethod
    def __getnewargs__(cls):
        return (9,)


print(copy.copy(C4(9)), copy.deepcopy(C4(9)))

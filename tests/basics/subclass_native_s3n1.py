# Object model fixes (session 3, helper N1): built-in bases and their
# __new__/__init__ split, iterator subclasses, method descriptor equality,
# big __len__ results.
import sys

# tuple/frozenset/float (and map/filter/reversed) leave keywords to a
# user __init__; int/str/enumerate/zip still refuse them.
for base, args in ((tuple, ([1, 2],)), (frozenset, ([1],)), (float, (2.5,)),
                   (map, (abs, [-1])), (filter, (None, [0, 1])), (reversed, ('ab',)),
                   (int, (3,)), (str, ('x',)), (enumerate, ('ab',)), (zip, ('ab',))):
    class T(base):
        def __init__(self, *a, newarg=None):
            self.newarg = newarg
    try:
        t = T(*args, newarg=3)
        print(base.__name__, t.newarg, sorted(t) if base is frozenset else
              t if base in (tuple, float) else list(t))
    except TypeError:
        print(base.__name__, 'TypeError')

class T2(tuple):
    def __init__(self, a, newarg=None):
        self.newarg = newarg
print(T2([1, 2], newarg=3), T2([1], newarg=3).newarg)

# Iterator builders take their arguments in __new__ even with a user __init__.
class E(enumerate):
    def __init__(self, it, start=0):
        self.tag = 1
e = E('xy', 5)
print(list(e), e.tag)

class Z(zip):
    def __init__(self, *its):
        self.n = len(its)
z = Z('ab', 'cd', 'ef')
print(list(z), z.n)

class C(complex):
    def __init__(self, *a):
        pass
print(C(1, 2))

# After a user __new__, the inherited list/set/dict __init__ gets the arguments.
class L(list):
    def __new__(cls, arg):
        return super().__new__(cls)
print(L([1, 2]))

class S(set):
    def __new__(cls, a, newarg=None):
        return super().__new__(cls, a)
print(sorted(S([2, 1])))
try:
    S([1], newarg=3)
except TypeError:
    print('set.__init__ TypeError')

class D(dict):
    def __new__(cls, *a, **k):
        return super().__new__(cls)
print(D({1: 2}, x=3))

class BA(bytearray):
    def __new__(cls, *a):
        return super().__new__(cls)
print(BA(b'ab'))

import array
class A(array.array):
    def __new__(cls, tc, extra):
        return super().__new__(cls, tc)
print(A('i', 5))

# An enumerate subclass is its own iterator: its __next__ is used.
class E2(enumerate):
    def __next__(self):
        i, x = super().__next__()
        return i * 10, x
print(list(E2('ab')))
e2 = E2('a')
print(iter(e2) is e2)
class R(reversed):
    pass
r = R('abc')
print(iter(r) is r, list(r))

# Method descriptors compare (and hash) equal across look-ups.
print(list.append == list.append, list.append != list.append, list.append == list.pop)
print(tuple.__getitem__ == tuple.__getitem__, int.__add__ == int.__sub__)
print(hash(str.join) == hash(str.join), {list.append: 'ok'}[list.append])
print([].append == [].append)

# __len__ may return any length up to sys.maxsize.
class Big:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(len(Big(sys.maxsize - 1)) == sys.maxsize - 1, len(Big(sys.maxsize)) == sys.maxsize)
print(bool(Big(sys.maxsize)), bool(Big(0)))
try:
    len(Big(sys.maxsize + 1))
except OverflowError as ex:
    print('OverflowError', ex)

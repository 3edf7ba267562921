# Comparing, hashing and printing nested containers counts against the
# recursion limit (as in CPython), not only against the C stack; the depth
# count must come back right after every RecursionError or other exception.
import sys

sys.setrecursionlimit(200)


def nest(n, leaf=0, kind=list):
    x = leaf
    for i in range(n):
        x = kind([x]) if kind is not dict else {1: x}
    return x


def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)


def check(name, f, msg=True):
    try:
        r = f()
        print(name, 'ok', r)
    except RecursionError as e:
        print(name, 'RecursionError', e if msg else '')
    except TypeError as e:
        print(name, 'TypeError')


for kind in (list, tuple, dict):
    a, b = nest(500, kind=kind), nest(500, kind=kind)
    check(kind.__name__ + ' == deep', lambda: a == b)
    check(kind.__name__ + ' repr deep', lambda: len(repr(a)))
    check(kind.__name__ + ' str deep', lambda: len(str(a)))
    a, b = nest(100, kind=kind), nest(100, kind=kind)
    check(kind.__name__ + ' == shallow', lambda: a == b)
    check(kind.__name__ + ' repr shallow', lambda: len(repr(a)))

a, b = nest(500), nest(500)
check('list <', lambda: a < b)
check('in', lambda: a in [b])
check('index', lambda: [b].index(a))
check('count', lambda: [b].count(a))
check('sorted', lambda: len(sorted([a, b])))
# a TypeError deep down, many times: the count must not creep up
for i in range(300):
    try:
        nest(100, 1) < nest(100, 'a')
    except TypeError:
        pass
print('deep(150) after TypeErrors', deep(150))
# RecursionError raised inside nested Python frames, caught at each level
def in_frames(n):
    if n:
        try:
            return in_frames(n - 1)
        except RecursionError:
            return 'caught at %d' % n
    return a == b
for i in range(50):
    r = in_frames(20)
print(r)
print('deep(150)', deep(150))
# user __eq__ between the containers
class E:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
def nest_e(n):
    x = 0
    for i in range(n):
        x = [E(x)] if i % 2 else E([x])
    return x
# (which frame hits the limit differs, and so the message)
check('user __eq__ deep', lambda: nest_e(400) == nest_e(400), False)
check('user __eq__ shallow', lambda: nest_e(40) == nest_e(40))
print('deep(150)', deep(150))
# shared structure: repr would be an exponential walk without the limit
x = 'x'
for i in range(600):
    x = [x, {'k': (x,)}]
check('shared repr', lambda: len(repr(x)))
print('deep(150)', deep(150))
sys.setrecursionlimit(1000)
print('deep(900)', deep(900))

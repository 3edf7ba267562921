# pickle of user-defined objects: reductions through copyreg, state
# protocols, slots, subclasses of built-in types, shared and recursive
# references; output bytes compared with CPython's pickler
import pickle, io, copyreg


class Plain:
    def __init__(self, a=1):
        self.a = a
        self.items = [a, str(a)]


class WithState:
    def __init__(self):
        self.x = 5
        self.cache = 'drop'

    def __getstate__(self):
        return {'x': self.x}

    def __setstate__(self, st):
        self.__dict__.update(st)
        self.restored = True


class Slotted:
    __slots__ = ('a', 'b')


class Both(Plain):
    __slots__ = ('s',)


class NewArgs(int):
    def __new__(cls, v, tag):
        o = int.__new__(cls, v)
        o.tag = tag
        return o

    def __getnewargs__(self):
        return (int(self), self.tag)


class NewArgsEx:
    def __new__(cls, *, k):
        o = object.__new__(cls)
        o.k = k
        return o

    def __getnewargs_ex__(self):
        return (), {'k': self.k}


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyTuple(tuple):
    pass


class Reducer:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        return (Reducer, (self.v * 2,))


class Outer:
    class Inner:
        pass


def show(label, obj, protos=range(6)):
    for p in protos:
        try:
            d = pickle.dumps(obj, p)
        except Exception as e:
            print(label, p, type(e).__name__, e)
            continue
        r = pickle.loads(d)
        print(label, p, d, r.__name__ if isinstance(r, type) else getattr(r, '__dict__', None))


show('plain', Plain(3))
show('state', WithState())
s = Slotted()
s.a = 1
show('slots', s, range(2, 6))
r = pickle.loads(pickle.dumps(s, 2))
print(r.a, hasattr(r, 'b'))
b = Both(2)
b.s = 'slot'
# (the rebuilt instance's __dict__ is not shown: our core keeps the slot
# value there too)
for proto in (2, 4):
    print('both', proto, pickle.dumps(b, proto))
print(pickle.loads(pickle.dumps(b)).s)
na = NewArgs(7, 'seven')
show('newargs', na, (2, 3, 4))
r = pickle.loads(pickle.dumps(na))
print(r, r.tag)
show('newargs_ex', NewArgsEx(k=3), (4, 5))
print(pickle.loads(pickle.dumps(NewArgsEx(k=9), 2)).k)
ml = MyList([1, 2])
ml.attr = 'x'
show('mylist', ml)
md = MyDict(a=1)
show('mydict', md)
show('mytuple', MyTuple((1, 2)), (2, 4))
show('reducer', Reducer(4))
show('inner', Outer.Inner, (2, 3, 4))
show('inner_obj', Outer.Inner(), (4,))

# shared and recursive references through instances
p = Plain(1)
p.me = p
shared = [p, p]
for proto in range(6):
    r = pickle.loads(pickle.dumps(shared, proto))
    print('shared', proto, r[0] is r[1], r[0].me is r[0])

# copyreg registration
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def reduce_point(p):
    return Point, (p.x, p.y)


copyreg.pickle(Point, reduce_point)
d = pickle.dumps(Point(1, 2), 2)
print(d, vars(pickle.loads(d)))


# Pickler subclass: persistent ids, dispatch_table
class PP(pickle.Pickler):
    def persistent_id(self, obj):
        return 'ext:' + obj if isinstance(obj, str) and obj.startswith('@') else None


class PU(pickle.Unpickler):
    def persistent_load(self, pid):
        return 'loaded ' + pid


for proto in (0, 2, 4):
    f = io.BytesIO()
    PP(f, proto).dump(['@a', 'b'])
    print(f.getvalue(), PU(io.BytesIO(f.getvalue())).load())


class DT(pickle.Pickler):
    dispatch_table = {complex: lambda c: (complex, (c.imag, c.real))}


f = io.BytesIO()
DT(f, 2).dump(1 + 2j)
print(pickle.loads(f.getvalue()))

# errors
for bad in (lambda: 0, (x for x in [])):
    try:
        pickle.dumps(bad)
    except (pickle.PicklingError, TypeError, AttributeError) as e:
        print('error', type(e).__name__)
try:
    pickle.loads(b'')
except EOFError as e:
    print('EOFError', e)
try:
    pickle.loads(b'\xff')
except pickle.UnpicklingError as e:
    print('UnpicklingError', e)
try:
    pickle.dumps(1, 6)
except ValueError as e:
    print('ValueError', e)
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)

# C-implemented dict and deque subclasses round-trip (bytes differ: CPython's
# Counter is a Python class with its own __reduce__)
import collections
c = collections.Counter('abracadabra')
dq = collections.deque([1, 2, 3], 5)
for proto in range(6):
    print(proto, pickle.loads(pickle.dumps(c, proto)) == c, pickle.loads(pickle.dumps(dq, proto)) == dq)

# object.__reduce__/__reduce_ex__/__getstate__ through copyreg, range/slice/set reductions.
import copyreg
class A: pass
a = A()
print(a.__getstate__())
a.x = 1
print(a.__getstate__() is a.__dict__)
class S:
    __slots__ = ('a', '__b')
s = S()
print(s.__getstate__())
s.a = 1
s._S__b = 2
print(s.__getstate__())
r = s.__reduce_ex__(2)
print(r[0] is copyreg.__newobj__, r[1:])
r = A().__reduce__()
print(r[0] is copyreg._reconstructor, r[1:])
r = a.__reduce_ex__(2)
print(r[0] is copyreg.__newobj__, r[1:])
r = a.__reduce_ex__(0)
print(r[0] is copyreg._reconstructor, r[1:])
print((1).__getstate__(), [].__getstate__())
class R:
    def __reduce__(self):
        return (R, ())
print(R().__reduce_ex__(2))
class E(A):
    def __reduce_ex__(self, p):
        return super().__reduce_ex__(p)[1:]
e = E(); e.q = 5
print(e.__reduce_ex__(2))
print(ValueError(1).__reduce__())
try:
    [].__reduce__()
except TypeError as ex:
    print(ex)
print({1, 2}.__reduce__(), frozenset([3]).__reduce__())
class SS(set): pass
x = SS([1]); x.q = 1
print(x.__reduce__(), x.__reduce_ex__(2))
class FS(frozenset): pass
print(FS([2]).__reduce_ex__(4))
class Sup(A):
    def __reduce__(self):
        r = super().__reduce__()
        return r[:2]
print(Sup().__reduce__()[1])
import pickle, copy
class P:
    __slots__ = ('a', '__b')
    def __init__(self):
        self.a = 1
        self.__b = 2
for proto in range(2, 5):
    q = pickle.loads(pickle.dumps(P(), proto))
    print(proto, q.a, q._P__b)
c = copy.copy(P())
print(c.a, c._P__b)
d = copy.deepcopy(x)
print(type(d).__name__, d, d.q)
print(pickle.loads(pickle.dumps(x)).q)

# operator: the in-place functions (iadd ...) mutate mutable values, rebind
# immutable ones, and use __iadd__ and friends.
import operator as op

l = [1]
r = op.iadd(l, [2, 3])
print(r, l, r is l)
t = (1,)
r = op.iadd(t, (2,))
print(r, t)
s = {1, 2}
print(op.iand(s, {2, 3}), s, op.ior(s, {9}) is s, s == {2, 9})
print(op.isub(10, 3), op.imul([0], 3), op.itruediv(7, 2), op.ifloordiv(7, 2), op.imod(7, 4), op.ipow(2, 8))
print(op.ilshift(1, 5), op.irshift(64, 2), op.ixor(6, 3), op.ior(4, 1), op.iand(6, 3))
l = [1]
print(op.iconcat(l, (2,)), l, op.concat([1], [2]), op.concat('a', 'b'), op.concat((1,), (2,)))
b = bytearray(b'a')
print(op.iadd(b, b'bc'), b, op.__iadd__(5, 1))
d = {'a': 1}
print(op.ior(d, {'b': 2}), d)

class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        self.items.append(('iadd', o))
        return self
    def __imul__(self, o):
        self.items.append(('imul', o))
        return 'imul result'
    def __add__(self, o):
        return 'plain add'
    def __sub__(self, o):
        return 'plain sub'
    def __imatmul__(self, o):
        return 'imatmul'
a = Acc()
print(op.iadd(a, 1) is a, op.imul(a, 2), op.isub(a, 3), op.imatmul(a, 4), a.items)

for f, args in [(op.concat, (1, 2)), (op.iconcat, (1, [2])), (op.concat, ([1], 'a')), (op.iadd, ((1,), [2])),
                (op.concat, ({}, {}))]:
    try:
        print(f(*args))
    except TypeError as e:
        print('TypeError', e)

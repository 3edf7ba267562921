# operator: the arithmetic, bitwise, comparison and logical functions, on
# built-in values and through user dunders.
import operator as op

for name in ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift', 'and_', 'or_', 'xor']:
    f = getattr(op, name)
    print(name, f(13, 4), f(-7, 3), getattr(op, '__%s__' % name.rstrip('_'))(6, 2))
print(op.add('ab', 'cd'), op.add([1], [2]), op.mul('ab', 3), op.mod('%s-%d', ('x', 5)))
print(op.truediv(1, 4), op.floordiv(7.5, 2), op.pow(2, -1), op.pow(2, 100), op.mod(-7, 3.0))
print(op.and_({1, 2}, {2, 3}), op.or_({1}, {2}) == {1, 2}, op.xor(True, False), op.or_({'a': 1}, {'b': 2}))
for name in ['neg', 'pos', 'abs', 'inv', 'invert']:
    f = getattr(op, name)
    print(name, f(5), f(-3), f(True))
print(op.neg(2.5), op.abs(-2.5), op.abs(3 + 4j), op.pos(-0.0))
for name in ['lt', 'le', 'eq', 'ne', 'ge', 'gt']:
    f = getattr(op, name)
    print(name, f(1, 2), f(2, 2), f('b', 'a'), f((1, 2), (1, 3)), getattr(op, '__%s__' % name)(3, 1))
print(op.eq(1, 1.0), op.eq([1], [1]), op.ne(None, 0), op.eq(object(), 'x'))
print(op.not_(0), op.not_([1]), op.truth(''), op.truth([0]), op.__not__(None))
a = [1]
b = [1]
print(op.is_(a, a), op.is_(a, b), op.is_not(a, b), op.is_not(None, None))
print(op.index(5), op.index(True), op.index(2 ** 70), op.__index__(-3))

class V:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return 'V(%r)' % (self.v,)
    def __add__(self, o):
        return V(('add', self.v, o))
    def __radd__(self, o):
        return V(('radd', o, self.v))
    def __sub__(self, o):
        return V(('sub', self.v, o))
    def __mul__(self, o):
        return V(('mul', self.v, o))
    def __matmul__(self, o):
        return V(('matmul', self.v, o))
    def __rmatmul__(self, o):
        return V(('rmatmul', o, self.v))
    def __truediv__(self, o):
        return V(('truediv', self.v, o))
    def __pow__(self, o):
        return V(('pow', self.v, o))
    def __lshift__(self, o):
        return V(('lshift', self.v, o))
    def __and__(self, o):
        return V(('and', self.v, o))
    def __neg__(self):
        return V(('neg', self.v))
    def __pos__(self):
        return 'pos'
    def __invert__(self):
        return 'invert'
    def __abs__(self):
        return 'abs'
    def __lt__(self, o):
        return 'lt result'
    def __eq__(self, o):
        return 'eq result'
    def __bool__(self):
        return False
    def __index__(self):
        return 42
x = V(1)
print(op.add(x, 2), op.add(2, x), op.sub(x, 1), op.mul(x, 'm'), op.matmul(x, 3), op.matmul(3, x))
print(op.truediv(x, 2), op.pow(x, 3), op.lshift(x, 1), op.and_(x, 0))
print(op.neg(x), op.pos(x), op.invert(x), op.inv(x), op.abs(x))
print(op.lt(x, 1), op.gt(1, x), op.eq(x, 1), op.not_(x), op.truth(x), op.index(x))

for f, args in [(op.add, (1, 'a')), (op.sub, ('a', 'b')), (op.neg, ('a',)), (op.lt, (1, 'a')),
                (op.truediv, (1, 0)), (op.index, (1.5,)), (op.matmul, (1, 2))]:
    try:
        f(*args)
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)

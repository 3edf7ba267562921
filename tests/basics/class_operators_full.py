# every operator dispatched to dunder methods
class V:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return 'V(%r)' % (self.n,)
names = ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift', 'and', 'or', 'xor', 'matmul']
for nm in names:
    setattr(V, '__%s__' % nm, (lambda nm: lambda self, o: '%s(%r,%r)' % (nm, self, o))(nm))
    setattr(V, '__r%s__' % nm, (lambda nm: lambda self, o: 'r%s(%r,%r)' % (nm, self, o))(nm))
ops = ['+', '-', '*', '/', '//', '%', '**', '<<', '>>', '&', '|', '^', '@']
for op in ops:
    print(eval('V(1) %s 2' % op), eval('2 %s V(1)' % op))
for nm in ('neg', 'pos', 'invert', 'abs'):
    setattr(V, '__%s__' % nm, (lambda nm: lambda self: nm)(nm))
print(-V(1), +V(1), ~V(1), abs(V(1)))
print(divmod(7, 2))
V.__divmod__ = lambda self, o: 'divmod'
V.__rdivmod__ = lambda self, o: 'rdivmod'
print(divmod(V(1), 2), divmod(2, V(1)))
V.__round__ = lambda self, nd=None: ('round', nd)
print(round(V(1)), round(V(1), 2))
V.__bool__ = lambda self: False
print(bool(V(1)), not V(1))
V.__index__ = lambda self: 3
print(bin(V(0)), [0, 1, 2, 3][V(0)])
V.__contains__ = lambda self, x: x == 42
print(42 in V(0), 41 in V(0), 41 not in V(0))

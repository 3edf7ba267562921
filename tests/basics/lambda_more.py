# lambda expressions
print((lambda: 1)(), (lambda x, y=2: x + y)(1), (lambda *a, **k: (a, k))(1, b=2), type((lambda x: (yield x))(1)).__name__)
f = lambda x: lambda y: x + y
print(f(1)(2))
print(sorted([3, -1, 2], key=lambda v: (v % 2, v)))
print((lambda: (lambda: 'nested')())())
print(list(map(lambda x, y: x * y, [1, 2], [3, 4])))
cond = lambda x: 'pos' if x > 0 else 'neg' if x < 0 else 'zero'
print(cond(1), cond(-1), cond(0))
print((lambda a, /, b, *, c: (a, b, c))(1, 2, c=3))
g = lambda: None
print(g(), g.__name__)

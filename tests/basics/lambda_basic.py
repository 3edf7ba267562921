# lambda expressions
sq = lambda x: x * x
print(sq(5), (lambda: 'no args')(), (lambda a, b: a - b)(10, 3))
print((lambda *a: a)(1, 2), (lambda **k: sorted(k.items()))(x=1, y=2))
print((lambda a, b=2, *c, d, e=5, **f: (a, b, c, d, e, f))(1, d=4))
print(sorted([3, -1, 2], key=lambda v: abs(v)))
print(list(map(lambda x: x + 1, [1, 2])))
f = lambda: lambda y: y * 2
print(f()(21))
print(sq.__name__)

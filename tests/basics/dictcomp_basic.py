# dict comprehensions
print({x: x * x for x in range(5)})
print({k: v for k, v in [('a', 1), ('b', 2)] if v > 1})
print({c: i for i, c in enumerate('hello')})
print({(x, y): x * y for x in range(2) for y in range(2)})
d = {'a': 1, 'b': 2}
print({v: k for k, v in d.items()})
print({x % 3: x for x in range(10)})

# Displays and comprehensions.
l = [x for x in y]
l = [x * y for x in a for y in b if x if y]
l = [(x, y) for x, y in pairs]
l = [[c for c in row] for row in matrix]
l = [x for x in (1, 2) if x > 0 if x < 5]
l = [y for x in data if (y := f(x))]
s = {x for x in y}
d = {k: v for k, v in items}
d = {k: v for k in a for v in b if k != v}
g = (x for x in y)
g = (x for x in y if x for z in x)
e = sum(x for x in y)
d = {}
d = {'a': 1, 'b': 2,}
d = {**a, 'b': 1, **c}
d = {1: 2, **{3: 4}}
s = {1, 2, 3}
s = {*a, *b, c}
l = [*a, *b, c]
t = (*a, *b)
t = *a, *b
t = 1,
l = [1, 2, 3,]
l = [
    1,
    2,
]
n = [x for x in lambda_list if (lambda: x)]

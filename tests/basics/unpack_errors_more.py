# unpacking errors and starred forms
for src in ([1], [1, 2, 3], 'ab', range(2), {1: 2, 3: 4}, iter([7, 8])):
    try:
        a, b = src
        print('ok', a, b)
    except ValueError as e:
        print('ValueError', e)
try:
    a, b = 5
except TypeError:
    print('TypeError')
a, *b, c = range(5)
print(a, b, c)
*a, = 'xyz'
print(a)
a, *b = [1]
print(a, b)
try:
    a, *b, c = [1]
except ValueError as e:
    print('ValueError', e)
(a, b), c = 'xy', 3
print(a, b, c)
[a, [b, *c]] = 1, (2, 3, 4)
print(a, b, c)
for x, *y in [(1, 2, 3), (4,)]:
    print(x, y)
print(*[1, 2], *'ab', *range(2))
print([*range(3), *[9]], (*'ab',), {*'aa'}, {**{'a': 1}, 'b': 2, **{'a': 3}})
def f(*args, **kw):
    return args, sorted(kw.items())
print(f(*[1], *(2,), **{'x': 1}, **{'y': 2}))
try:
    f(**{'x': 1}, **{'x': 2})
except TypeError:
    print('TypeError dup')
try:
    f(*5)
except TypeError:
    print('TypeError star')
try:
    f(**[1])
except TypeError:
    print('TypeError dstar')

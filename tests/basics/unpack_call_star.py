# * unpacking in calls
def f(*args):
    return args
print(f(*[1, 2]), f(*(3,)), f(*'ab'), f(*range(3)))
print(f(0, *[1, 2], 3, *(4, 5)))
print(f(*[]), f(*{}))
print(f(*(x * 2 for x in range(3))))
def g(a, b, c):
    return a + b + c
print(g(*[1, 2, 3]), g(1, *[2, 3]), g(*[1], *[2], 3))
try:
    g(*[1, 2])
except TypeError:
    print('TypeError')
try:
    f(*5)
except TypeError:
    print('TypeError')

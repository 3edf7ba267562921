# comprehensions referencing enclosing function variables
def outer(n):
    k = n * 10
    return [lambda: k + i for i in range(n)], {i: k for i in range(n)}
fs, d = outer(3)
print([f() for f in fs], d)
def gen(n):
    base = n
    return (base + i for i in range(3))
g = gen(100)
print(list(g))
def nested():
    a = 1
    return [[a + i + j for j in range(2)] for i in range(2)]
print(nested())

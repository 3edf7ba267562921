# comprehension variables do not leak and have their own scope
x = 'outer'
l = [x for x in range(3)]
print(x, l)
s = {x for x in 'ab'}
d = {x: 1 for x in 'cd'}
g = list(x for x in 'ef')
print(x, sorted(s), d, g)
class C:
    v = 5
    items = [i * 2 for i in range(3)]
print(C.items)
def f():
    y = 10
    return [y + i for i in range(3)]
print(f())

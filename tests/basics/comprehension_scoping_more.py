# comprehension variables don't leak; nested comprehensions; class scope
x = 'outer'
l = [x for x in range(3)]
print(x, l)
print([[j for j in range(i)] for i in range(4)])
print([(i, j) for i in range(3) if i for j in range(i) if j != 1])
print({k: v for k, v in zip('abc', range(3)) if v})
print({c for c in 'hello'} == set('helo'))
print(sum(i for i in range(10) if i % 2))
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    try:
        bad = [v * k for v in vals for k in vals if k == vals[0]]
    except NameError:
        bad = 'NameError'
print(C.doubled, C.bad)
y = 10
print([y + i for i in range(2)])
print([i for i in range(10)][::3], [c.upper() for c in 'ab'])
g = (i for i in range(3))
print(list(zip(g, g)))
print([(lambda: i)() for i in range(3)])

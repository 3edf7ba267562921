# defaults are evaluated at definition time, closures at call time
n = 1
f = lambda x=n: x
g = lambda: n
n = 2
print(f(), g(), f(5))
adders = [lambda v, k=k: v + k for k in range(3)]
print([a(10) for a in adders])

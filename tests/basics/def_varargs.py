# *args collects extra positional arguments as a tuple
def f(*args):
    return type(args).__name__, args
print(f(), f(1), f(1, 'a', None))
def g(a, b=0, *rest):
    return a, b, rest
print(g(1), g(1, 2), g(1, 2, 3, 4))
def h(*args, last='L'):
    return args, last
print(h(1, 2), h(1, last='x'))
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(*range(5)), total())

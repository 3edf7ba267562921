# positional-only parameters
def f(a, b, /, c, *, d=4):
    return a, b, c, d
print(f(1, 2, 3), f(1, 2, c=3), f(1, 2, 3, d=5))
try:
    f(1, b=2, c=3)
except TypeError:
    print('TypeError posonly by keyword')
def g(a, /, **kw):
    return a, kw
print(g(1, a=2))
def h(x=0, /):
    return x
print(h(), h(9))

# default argument values
def f(a, b=2, c='c'):
    return a, b, c
print(f(1), f(1, 3), f(1, c='z'), f(a=0, b=0, c=0))
x = 10
def g(v=x):
    return v
x = 20
print(g())
def h(a, b=None):
    return b if b is not None else a
print(h(1), h(1, 0))
def expr_default(a=1 + 2, b=[i for i in range(3)]):
    return a, b
print(expr_default())

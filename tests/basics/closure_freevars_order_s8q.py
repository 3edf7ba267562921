# Free variables (co_freevars, __closure__) are listed by name, as CPython does.
def mk():
    result = 0
    b = 3
    a = 2
    def t():
        nonlocal result, b, a
        result = a * b
        return result
    return t
f = mk()
print(f.__code__.co_freevars, [c.cell_contents for c in f.__closure__], f())
print([c.cell_contents for c in f.__closure__])

def outer(zeta, alpha):
    mid = 5
    def inner():
        def innermost():
            return zeta + alpha + mid
        return innermost
    return inner
i = outer(1, 10)
print(i.__code__.co_freevars, i().__code__.co_freevars, i()())

# Cells made for one function fit another with the same free variables.
def cells():
    y = 'Y'
    x = 'X'
    def g():
        return x + y
    return g
g = cells()
print(g.__code__.co_freevars, [c.cell_contents for c in g.__closure__], g())

class C:
    q = 1
    def m(self):
        return __class__
print(C().m() is C, C.m.__code__.co_freevars)

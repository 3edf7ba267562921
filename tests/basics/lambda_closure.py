# lambdas capture variables from enclosing scopes by reference
def make(n):
    return lambda x: x + n
add3 = make(3)
print(add3(4))
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
def counter():
    c = 0
    def inc():
        nonlocal c
        c += 1
        return c
    return inc, lambda: c
inc, get = counter()
inc(); inc()
print(get())

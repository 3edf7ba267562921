# a generator cannot be resumed while it is running
def g():
    yield me.send(None)
me = g()
try:
    next(me)
except ValueError:
    print('ValueError: generator already executing')
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])

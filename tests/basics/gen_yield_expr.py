# yield used as an expression and with tuples
def g():
    x = yield 1
    print('got', x)
    y = yield x, 2
    print('got', y)
    z = yield
    print('got', z)
gen = g()
print(next(gen))
print(gen.send('A'))
print(gen.send('B'))
try:
    gen.send('C')
except StopIteration:
    print('done')

# StopIteration raised inside a generator becomes RuntimeError
def g():
    yield 1
    raise StopIteration
gen = g()
print(next(gen))
try:
    next(gen)
except RuntimeError:
    print('RuntimeError')
def h():
    yield next(iter([]))
try:
    list(h())
except RuntimeError:
    print('RuntimeError from next in generator')

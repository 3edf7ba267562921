# generator edge cases: exhausted, close, throw after finish, send before start
def g():
    x = yield 1
    print('got', x)
    yield 2
it = g()
try:
    it.send(5)
except TypeError:
    print('TypeError')
print(next(it), it.send('hi'))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', e.value)
try:
    next(it)
except StopIteration:
    print('again')
it.close()
try:
    it.throw(ValueError)
except ValueError:
    print('ValueError after finish')
def h():
    try:
        yield 1
    except GeneratorExit:
        print('GeneratorExit')
        raise
it = h()
next(it)
it.close()
it.close()
def k():
    try:
        yield 1
    finally:
        yield 2
it = k()
next(it)
try:
    it.close()
except RuntimeError:
    print('RuntimeError')
def r():
    return 5
    yield
try:
    next(r())
except StopIteration as e:
    print(e.value, e.args)
print(list(g()), type(g()).__name__)
gen = (i * i for i in range(3))
print(next(gen), list(gen), list(gen))

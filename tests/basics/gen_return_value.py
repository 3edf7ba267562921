# return in a generator sets StopIteration.value
def g():
    yield 1
    return 'result'
gen = g()
next(gen)
try:
    next(gen)
except StopIteration as e:
    print('value', repr(e.value), e.args)
def g2():
    return
    yield
try:
    next(g2())
except StopIteration as e:
    print('value', e.value, e.args)
def g3():
    yield
    return (1, 2)
it = g3()
next(it)
try:
    it.send(None)
except StopIteration as e:
    print(e.value)

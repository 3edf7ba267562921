# StopIteration.value
e = StopIteration()
print(e.value, e.args)
e = StopIteration(42)
print(e.value, e.args)
e = StopIteration(1, 2)
print(e.value, e.args)
it = iter([])
try:
    next(it)
except StopIteration as s:
    print('value', s.value)
def gen():
    yield 1
    return 'ret'
g = gen()
next(g)
try:
    next(g)
except StopIteration as s:
    print('value', s.value)

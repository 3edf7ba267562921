# yield from delegates to a sub-iterator
def inner():
    yield 1
    yield 2
    return 'inner-result'
def outer():
    r = yield from inner()
    print('inner returned', r)
    yield from [10, 20]
    yield from 'ab'
    yield from range(2)
print(list(outer()))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1], (2, 3), {4: 'x'})))
def deep(n):
    if n:
        yield n
        yield from deep(n - 1)
print(list(deep(5)))

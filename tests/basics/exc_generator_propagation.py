# an exception inside a generator reaches the consumer and finishes the generator
def g():
    yield 1
    raise KeyError('in gen')
    yield 2
it = g()
print(next(it))
try:
    next(it)
except KeyError as e:
    print('consumer caught', repr(e))
print(list(it))
def consumer():
    total = 0
    for v in (10 // x for x in [5, 2, 0, 1]):
        total += v
    return total
try:
    consumer()
except ZeroDivisionError:
    print('ZeroDivisionError from generator expression')

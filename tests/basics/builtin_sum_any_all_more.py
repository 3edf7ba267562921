# sum/any/all
print(sum([]), sum([1, 2.5]), sum([[1], [2]], []), sum(range(101)), sum([1, 2], 10), sum((0.1,) * 10))
print(sum([2**64, 2**64]), sum([True, True]), sum([], start=5))
try:
    sum(['a', 'b'], '')
except TypeError:
    print('TypeError')
try:
    sum([1, 'a'])
except TypeError:
    print('TypeError')
print(any([]), all([]), any([0, '', None]), all([1, 'a', [0]]), any(x > 2 for x in range(4)), all(iter([1, 0])))
def g():
    yield 1
    print('not reached?')
    yield 0
print(any(g()))

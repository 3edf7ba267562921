# functools.reduce: with and without an initial value, iterators, errors.
import functools
from functools import reduce

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(lambda a, b: a + b, ['a', 'b', 'c'], '>'))
print(reduce(lambda a, b: a * b, [], 7), reduce(lambda a, b: a * b, [5]))
print(reduce(max, iter([3, 9, 2])), reduce(lambda acc, x: acc + [x * 2], range(4), []))
print(reduce(lambda a, b: (a, b), 'abcd'))
calls = []
def add(a, b):
    calls.append((a, b))
    return a + b
print(reduce(add, range(4)), calls)
print(reduce(add, range(4), 100))
print(reduce(add, (x for x in [1, 2, 3])))
print(reduce(lambda a, b: a | b, [{1}, {2}, {3}]) == {1, 2, 3})

for args in [(add, []), (add, ())]:
    try:
        reduce(*args)
    except TypeError as e:
        print('TypeError', e)
for args in [(), (add,), (add, [1], 0, 1)]:
    try:
        reduce(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    reduce(add, 5)
except TypeError as e:
    print('TypeError', e)
try:
    reduce(add, [1, 'a'])
except TypeError as e:
    print('TypeError')
def stop_at_3(a, b):
    if b == 3:
        raise ValueError('three')
    return a + b
try:
    reduce(stop_at_3, range(10))
except ValueError as e:
    print('ValueError', e)

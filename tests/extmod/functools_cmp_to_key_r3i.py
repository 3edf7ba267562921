# functools.cmp_to_key: sorting, min/max, direct comparisons, errors.
import functools
from functools import cmp_to_key

def numeric(a, b):
    return a - b
def by_len_then_text(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)

print(sorted([5, 2, 9, 1], key=cmp_to_key(numeric)))
print(sorted([5, 2, 9, 1], key=cmp_to_key(numeric), reverse=True))
print(sorted(['ccc', 'a', 'bb', 'aa', 'b'], key=cmp_to_key(by_len_then_text)))
print(min(['ccc', 'a', 'bb'], key=cmp_to_key(by_len_then_text)), max([3, 7, 5], key=cmp_to_key(numeric)))
words = ['pear', 'Apple', 'fig']
words.sort(key=cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower())))
print(words)

K = cmp_to_key(numeric)
a, b = K(1), K(2)
print(a < b, a > b, a == b, a != b, a <= b, a >= b, K(3) == K(3), a.obj, b.obj)
print(type(a).__name__, callable(K))
# Results other than ints are compared with 0 too.
F = cmp_to_key(lambda x, y: 0.5 if x > y else -0.5)
print(F(2) > F(1), F(1) < F(2))
calls = []
def logged(x, y):
    calls.append((x, y))
    return x - y
print(cmp_to_key(logged)(1) < cmp_to_key(logged)(2), calls)
try:
    hash(a)
except TypeError:
    print('TypeError unhashable')
try:
    a < 1
except TypeError as e:
    print('TypeError', e)
try:
    K()
except TypeError:
    print('TypeError no obj')
def bad(x, y):
    raise RuntimeError('cmp failed')
try:
    sorted([1, 2], key=cmp_to_key(bad))
except RuntimeError as e:
    print('RuntimeError', e)
print(cmp_to_key(mycmp=numeric)(4).obj)

# cmp_to_key's keys are unhashable, and collections.abc.Hashable says so.
import functools, collections.abc
K = functools.cmp_to_key(lambda a, b: (a > b) - (a < b))
k = K(1)
print(type(k).__hash__)
print(isinstance(k, collections.abc.Hashable))
try:
    hash(k)
except TypeError:
    print('TypeError')
print(sorted([3, 1, 2], key=K))

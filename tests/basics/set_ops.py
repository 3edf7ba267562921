# set operators (results printed sorted)
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(a == {4, 3, 2, 1}, a != b, {1} < a, a < a, a <= a, a > {1, 2}, a >= b, {1, 9} <= a)
print(sorted(a | set()), sorted(a & set()), sorted(set() - a))
print(sorted(a | b | {9}), sorted(a & b & {4}))
try:
    a | [1]
except TypeError:
    print('TypeError: set | list')

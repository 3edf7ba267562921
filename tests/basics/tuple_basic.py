# tuples: construction, indexing, immutability, methods
t = (1, 'a', 2.5, None, (1, 2))
print(t, len(t), t[1], t[-1], t[1:3], t[::-1])
print(tuple(), tuple([1, 2]), tuple('ab'), tuple(range(3)), tuple({'k': 1}), (5,) * 3, () * 2)
print((1, 2) + (3,), (1, 2, 1, 1).count(1), (1, 2, 3).index(3), (1, 2, 1).index(1, 1))
try:
    t[0] = 5
except TypeError:
    print('TypeError: immutable')
try:
    (1, 2).index(9)
except ValueError:
    print('ValueError')
print(hash((1, 2)) == hash((1, 2)), {(1, 2): 'pair'}[(1, 2)])
try:
    hash((1, [2]))
except TypeError:
    print('TypeError: unhashable element')

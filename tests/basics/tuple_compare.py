# tuple comparison is lexicographic
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 9, 9))
print((1, 'a') == (1, 'a'), (1, 2) != (2, 1), (1, 2) <= (1, 2), (1, 2) >= (1, 3))
print(sorted([(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]))
print(max([(1, 5), (3, 0), (3, -1)]), (1, 2) == [1, 2])
try:
    (1, 'a') < (1, 2)
except TypeError:
    print('TypeError')
print((1, 2.0) == (1.0, 2), (float('nan'),) == (float('nan'),))

# Comparisons of arrays (by values, also across type codes) and membership.
from array import array as A

print(A('i', [1, 2]) == A('i', [1, 2]), A('i', [1, 2]) == A('d', [1.0, 2.0]), A('i', [1]) == A('i', [1, 2]))
print(A('i', [1, 2]) != A('i', [1, 3]), A('i', [1]) != [1], A('i', [1]) == [1], A('i') == A('d'))
print(A('i', [1, 2]) < A('i', [1, 3]), A('i', [3, 1]) > A('i', [2, 9]), A('i', [1]) <= A('i', [1, 0]))
print(A('i', [1, 2]) >= A('i', [1, 2]), A('d', [1.5]) < A('i', [2]), A('i') < A('i', [0]))
nan = float('nan')
print(A('d', [nan]) == A('d', [nan]), A('d', [1.0, nan]) != A('d', [1.0, nan]))
print(sorted([A('i', [2]), A('i', [1, 5]), A('i', [1])]), max(A('b', [3, -1, 7])), sorted(A('i', [3, 1, 2])))
print(1 in A('i', [1]), 1.0 in A('i', [1]), 1.5 in A('d', [1.5]), 'a' in A('u', 'abc'), None in A('i', [0]))

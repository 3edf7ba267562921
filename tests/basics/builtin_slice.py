# slice() objects used for indexing
s = slice(1, 8, 2)
l = list(range(10))
print(l[s], 'abcdefghij'[s], tuple(l)[s], bytes(range(10))[slice(2, 4)])
print(slice(5).stop, slice(1, 2).step, slice(None, None, -1).step)
print(l[slice(None, None, -3)], l[slice(-3, None)])
print(slice(1, 2, 3) == slice(1, 2, 3), slice(1, 2) == slice(1, 3))

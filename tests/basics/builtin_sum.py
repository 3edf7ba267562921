# sum() with start values
print(sum([]), sum([1, 2, 3]), sum(range(101)), sum([0.5, 0.25]), sum([1, 2.5]), sum([], 10))
print(sum([[1], [2, 3]], []), sum(((1,), (2,)), ()), sum([1, 2], 100))
print(sum([2 ** 64, 2 ** 64]), sum([True, True, False]), sum(x for x in range(4)))
try:
    sum(['a', 'b'], '')
except TypeError:
    print('TypeError: use join for strings')
try:
    sum([1, 'a'])
except TypeError:
    print('TypeError')

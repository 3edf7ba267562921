# chained comparisons
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1)
print(1 == 1 == 1, 1 == 1 != 2, 1 <= 1 < 2 <= 2)
print(1 < 2 > 0, 5 > 3 < 4)
x = 5
print(0 < x < 10, 0 < x < 3)
print(1 < 2 < 3 < 4 < 5, 1 < 2 < 3 < 3 < 5)
print('a' < 'b' < 'c', [1] < [2] <= [2])
print(1 in [1] not in [[2]], 1 in [1] in [[1]])

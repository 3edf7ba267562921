# lambda, conditional, or, comparisons, arithmetic in one expression
f = lambda x: x + 1 if x > 0 else x - 1 or 100
print(f(1), f(0), f(-1), f(1) if f(2) > 2 else 0)
print(1 + 2 if 3 > 4 else 5 * 6)
print(3 in [1, 2, 3] == True)
print((3 in [1, 2, 3]) == True)
print(-x ** 2 if (x := 3) else 0)
print(2 * 3 > 5 == True)
print(not -1 + 1)
print([1, 2] + [3] * 2, 'ab' * 2 + 'c')

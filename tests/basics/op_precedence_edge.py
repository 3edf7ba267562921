# precedence corner cases
print(-2 ** 2, (-2) ** 2, 2 ** -1, -2 ** -2, 2 ** 3 ** 2, not 1 == 2, not (1 == 2), ~1 + 1, -~1)
print(1 + 2 * 3 - 4 / 2 // 1 % 3, 2 * 3 ** 2, 7 // 2 * 2, 1 << 2 + 1, 1 | 2 ^ 3 & 4, 1 < 2 == True)
print(not 0 and 1, not (0 and 1), 0 or 1 and 2, (0 or 1) and 2, 1 if 0 else 2 if 0 else 3)
print([1, 2][0] + 1, -[1][0], (lambda: 1)() + 1, 'a' 'b' * 2, 'a' + 'b' * 2)
x = 5
print(x if x > 3 else -x, -x ** 2, (-x) ** 2, x * -1, x - -1, x--1, x+-+-1)
print(1 in [1] == True, (1 in [1]) == True, 2 * (3 + 4), 10 - 2 - 3, 2 ** 2 ** 0, 100 / 10 / 5)
print(True + True * 2, 3 & 5 == 1, (3 & 5) == 1, 1 + True < 3)

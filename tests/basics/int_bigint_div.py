# division of big ints
a = 7 ** 150
b = 13 ** 40
print(a // b, a % b)
print(-a // b, -a % b, a // -b, a % -b)
print(a // 7 ** 149, a % 7 ** 149, a // (a + 1), a // a)
print((10 ** 60) // 3, (10 ** 60) % 3, (10 ** 60) // (10 ** 30 + 7))
print(a / b, (2 ** 200) / (2 ** 190))
q, r = divmod(a, 12345678901)
print(q, r, q * 12345678901 + r == a)

# multiplication of big ints
a = 2 ** 521 - 1
b = 3 ** 300
print(a * b)
print(a * a)
print(-a * b, a * -b, -a * -b)
print(a * 0, a * 1, a * -1)
f = 1
for i in range(1, 60):
    f *= i
print(f)
print((10 ** 50 + 1) * (10 ** 50 - 1) == 10 ** 100 - 1)

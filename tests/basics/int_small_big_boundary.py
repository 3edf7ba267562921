# values around machine word limits behave like any int
for v in (2 ** 31 - 1, 2 ** 31, 2 ** 32, 2 ** 62 - 1, 2 ** 62, 2 ** 63 - 1, 2 ** 63, 2 ** 64):
    print(v, -v, v * 2, v // 2, v % 1000, v >> 1, v << 1, v & 0xffff, hash(v) == hash(v))
x = 1
for i in range(70):
    x *= 2
print(x, x // 2 ** 69, x == 2 ** 70)
y = 2 ** 70
while y > 1:
    y //= 2
print(y, type(y).__name__)

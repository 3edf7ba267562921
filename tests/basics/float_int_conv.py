# conversions between floats and ints
print(float(10), float(-3), float(2 ** 62), float(10 ** 20))
print(int(3.99), int(-3.99), int(1e15), int(-1e15))
print(float(2 ** 53) == 2 ** 53, float(2 ** 53 + 1) == 2 ** 53)
print(3 * 1.0, 7 // 2.0, 7 % 2.0, 2 ** 3.0, 10 ** -1)
try:
    float(2 ** 2000)
except OverflowError:
    print('OverflowError')
try:
    2 ** 2000 / 1.0
except OverflowError:
    print('OverflowError')
print((2 ** 2000) / (2 ** 1999))

# three-argument pow
print(pow(2, 10, 1000), pow(3, 200, 13), pow(7, 0, 5), pow(5, 3, 1))
print(pow(2, 100, 10 ** 9 + 7), pow(12345678901234567890, 98765, 10 ** 12))
print(pow(-2, 3, 5), pow(2, 3, -5), pow(-7, 5, 13))
print(pow(3, -1, 7), pow(2, -1, 9))
try:
    pow(2, 3, 0)
except ValueError:
    print('ValueError')
try:
    pow(2.0, 3, 5)
except TypeError:
    print('TypeError')
try:
    pow(2, -1, 4)
except ValueError:
    print('ValueError: not invertible')

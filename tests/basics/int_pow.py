# int exponentiation
print(2 ** 0, 2 ** 1, 2 ** 10, 2 ** 64, 2 ** 100)
print((-2) ** 3, (-2) ** 4, (-3) ** 33)
print(0 ** 0, 0 ** 5, 1 ** 1000, (-1) ** 1001)
print(10 ** 30, 7 ** 77)
print(2 ** -1, 2 ** -2, (-2) ** -1, 10 ** -3)
print(pow(3, 4), pow(-3, 3), pow(2, -3))
print(type(2 ** -1).__name__, type(2 ** 2).__name__)
try:
    0 ** -1
except ZeroDivisionError:
    print('ZeroDivisionError')

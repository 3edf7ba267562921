# pow corner cases
print(0 ** 0, 2 ** -1, (-2) ** -2, 2 ** 100, (-3) ** 33)
print(pow(2, 10, 1000), pow(3, 200, 7), pow(-3, 3, 5), pow(3, -1, 7))
print(pow(2, 0, 1), pow(0, 0, 5), pow(5, 3, -7))
try:
    pow(2, -1, 4)
except ValueError:
    print('ValueError')
try:
    0 ** -1
except ZeroDivisionError:
    print('ZeroDivisionError')
try:
    pow(2, 3, 0)
except ValueError:
    print('ValueError')
try:
    pow(2.0, 3, 5)
except TypeError:
    print('TypeError')
print(pow(10**20, 3, 10**9 + 7), pow(2**100, 2**10, 2**61 - 1))
print((-8) ** (1 / 3))
print(type(2 ** -1).__name__, type(2 ** 2).__name__)
print(pow(base=2, exp=5), pow(2, exp=5, mod=3))

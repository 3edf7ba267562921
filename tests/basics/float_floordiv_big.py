# float/int mixing with large values
print(10**20 / 3, 2**64 / 2**32, (10**30) // 7.0, 10**18 % 7.5)
print(1 / 3 * 3 == 1, 0.1 * 3, 3 * 0.1, 2**63 * 1.0)
try:
    print(2**2000 / 2)
except OverflowError:
    print('OverflowError')
try:
    print(2**2000 * 1.0)
except OverflowError:
    print('OverflowError')
print(2**2000 // 2**1990, (2**2000) / (2**1990))
print(7 / 2, -7 / 2, 7 / -2, 0 / 5, type(4 / 2).__name__)
print(int(1e15 + 0.5), int(-2.5), int(2**62 * 1.0), int(1.9999999999999999))

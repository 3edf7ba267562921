# logarithms of ints too big for a float
import math

print(math.log(10**400), math.log10(10**400), math.log2(2**2000), math.log(2**3000, 2), math.log10(10**1000 + 1))
print(math.log(10**20), math.log2(2**60), math.log10(10**300))
for bad in (0, -(10**400)):
    try:
        math.log(bad)
    except ValueError:
        print('ValueError')
try:
    math.sqrt(10**400)
except OverflowError:
    print('OverflowError')

# addition and subtraction across the small/big boundary
import sys
for base in (2 ** 30, 2 ** 31, 2 ** 62, 2 ** 63, 2 ** 64):
    for d in (-2, -1, 0, 1, 2):
        v = base + d
        print(v, -v, v - base, (v + v) - v == v)
big = 10 ** 40
print(big + 1 - big, big - big, -big + big, big - (big + 1))
print(sys.maxsize + 1 - 1 == sys.maxsize, -sys.maxsize - 1 - 1)

# shifts and bit operations at word boundaries
for n in (1, -1, 3, -3, 2**30, -2**30, 2**62, -2**62, 2**63 - 1, -2**63, 2**64 + 5):
    print(n << 1, n << 62, n << 64, n >> 1, n >> 62, n >> 64, n >> 200, n & 0xff, n | 1, n ^ -1, ~n)
print((1 << 1000) >> 998, -(1 << 100) >> 99, (-1) >> 1000, 1 >> 1000, 0 << 10**6)
print((2**100 - 1) & (2**50 + 7), (-2**100) | 5, (-2**100) ^ (2**100), 12 & -8, -12 | 8)
print(True << 2, False >> 1, True & 3, 5 ^ True)
try:
    1 << 10**20
except (OverflowError, MemoryError) as e:
    print(type(e).__name__)

# A deque's maxlen beyond 32 bits (a bound no deque reaches, used as "no
# real limit") is kept and shown whole, not cut to 32 bits.
from collections import deque

for m in (1 << 32) + 1, 1 << 40, (1 << 62) - 1, 1 << 62:
    d = deque(range(3), m)
    d.append(3)
    print(d.maxlen == m, repr(d) == "deque([0, 1, 2, 3], maxlen=%d)" % m, len(d))
print(deque([], 0), deque("ab", 1))
try:
    deque([], 1 << 64)
except OverflowError:
    print("OverflowError")

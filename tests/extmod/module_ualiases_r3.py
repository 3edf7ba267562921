# MicroPython's u-prefixed names of heapq and hashlib are the same modules
# (CPython has no such names, so this test has a .exp file).
import uheapq, heapq
import uhashlib, hashlib

print(uheapq is heapq, uhashlib is hashlib)
h = [3, 1, 2]
uheapq.heapify(h)
print(uheapq.heappop(h), uhashlib.sha256(b"abc").digest()[:4])

# deque * n with a huge n: an empty deque or a bounded one finish at once
# (the copy loop ran n times: a hang for n = 2**62); a total length past
# SSIZE_MAX is a MemoryError, as in CPython. Also membership under a
# mutating __eq__.
from collections import deque


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__)


show(lambda: deque() * 2**62)
q = deque()
q *= 2**62
print(q)
show(lambda: deque([1, 2, 3], 4) * (2**63 - 1))
show(lambda: deque([1, 2, 3], 5) * 2**40)
show(lambda: deque("abc", 3) * 2**62)
show(lambda: deque("abc", 0) * 2**62)
show(lambda: deque([1, 2], 7).__imul__(2**61))
show(lambda: deque([1, 2], 7).__imul__(2**62))
show(lambda: deque([1], 7).__imul__(2**63 - 1))
show(lambda: deque([], 7).__imul__(2**63 - 1))
# The same contents as a small count gives.
for n in range(8):
    for maxlen in (1, 2, 3, 5, 7, 8):
        assert list(deque(range(3), maxlen) * n) == list(deque(list(range(3)) * n, maxlen)), (n, maxlen)
print("ok")

# `x in d` with an __eq__ that grows the deque never ended; CPython stops
# with RuntimeError, as count() and index() already did here.
class Grow:
    def __eq__(self, other):
        q.extend(range(100))
        return False


q = deque(range(5))
try:
    print(Grow() in q)
except RuntimeError as e:
    print("RuntimeError", e)
print(len(q))

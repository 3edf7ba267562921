# deque.insert checks its index before the size limit: a bad index is a
# TypeError even on a full deque
from collections import deque

for d in (deque("abc", 3), deque(range(6), 0), deque([1, 2])):
    for i in (1.0, "2", None, 1):
        try:
            d.insert(i, "i")
            print(list(d))
        except Exception as e:
            print(type(e).__name__)

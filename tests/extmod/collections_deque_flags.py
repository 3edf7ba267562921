# MicroPython's deque(iterable, maxlen, flags): flag 1 makes appending to a
# full deque raise IndexError. CPython's deque takes no flags argument, so
# this test has a .exp file.
from collections import deque

d = deque((), 2, 1)
d.append(1)
d.append(2)
try:
    d.append(3)
except IndexError:
    print('IndexError')
print(list(d))
d = deque((), 2)
d.append(1)
d.append(2)
d.append(3)
print(list(d))

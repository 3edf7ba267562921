# a bounded deque drops from the other end
from collections import deque

d = deque(maxlen=3)
for i in range(5):
    d.append(i)
print(d, d.maxlen, len(d))
d.appendleft(-1)
print(d)
d.extend([10, 11])
print(d)
d.extendleft([20])
print(d)
print(deque(range(10), 4), deque([1, 2], maxlen=0))
try:
    deque([1, 2, 3], 3).insert(0, 5)
except IndexError:
    print('IndexError')
try:
    deque(maxlen=-1)
except ValueError:
    print('ValueError')

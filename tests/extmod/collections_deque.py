# deque: both ends, indexing, iteration, rotation and the list-like methods
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2], bool(d), bool(deque()), d.maxlen)
print(d.pop(), d.popleft(), d, list(d), list(reversed(d)))
d.extend([7, 8])
d.extendleft([9, 10])
print(d)
d.rotate()
print(d)
d.rotate(-3)
print(d)
d.rotate(12)
print(d)
d[0] = 'x'
del d[1]
print(d, 3 in d, 99 in d, d.count(3), d.index(d[-1]))
d.insert(1, 'i')
d.remove('x')
d.reverse()
print(d, d.copy(), d == deque(d), d != deque(), deque([1, 2]) < deque([1, 3]))
print(deque('abc'), deque(range(3)) + deque([9]), deque([1, 2]) * 2, deque())
d.clear()
print(d, len(d))
e = deque([1])
e += [2, 3]
print(e, e.index(3), sum(deque([1, 2, 3])), [x * 2 for x in deque([1, 2])])

# deque errors: empty pops, bad indexes, mutation during iteration
from collections import deque

d = deque()
for f in (d.pop, d.popleft, lambda: d[0], lambda: deque([1])[5], lambda: deque([1]).remove(2),
          lambda: deque([1]).index(2)):
    try:
        f()
    except (IndexError, ValueError) as e:
        print(type(e).__name__)
try:
    deque([1, 2])['a']
except TypeError:
    print('TypeError')
d = deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
except RuntimeError:
    print('RuntimeError')

# list.sort detects changes made to the list while it is sorted.
from functools import cmp_to_key

L = [1, 2]
def append_pop(x, y):
    L.append(3)
    L.pop()
    return (x > y) - (x < y)
try:
    L.sort(key=cmp_to_key(append_pop))
except ValueError as e:
    print("ValueError", e)
print(L)

L = [3, 1, 2]
def clear(x, y):
    L.append(3)
    del L[:]
    return (x > y) - (x < y)
try:
    L.sort(key=cmp_to_key(clear))
except ValueError as e:
    print("ValueError", e)
print(L)

seen = []
L = [3, 1, 2]
L.sort(key=lambda v: seen.append(len(L)) or v)
print(L, seen)

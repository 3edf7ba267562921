# heapq: push/pop/heapify/heapreplace/heappushpop/nsmallest/nlargest.
import heapq

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3, 0, 6]:
    heapq.heappush(h, x)
    print(h)
out = []
while h:
    out.append(heapq.heappop(h))
print(out, h)

l = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0, -1, 4, 4]
heapq.heapify(l)
print(l)
print(heapq.heapreplace(l, 10), l)
print(heapq.heappushpop(l, -5), l)
print(heapq.heappushpop(l, 5), l)
print(heapq.heappushpop([], 3))

# Deterministic pseudo-random data, so the test does not depend on random.
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    return seed % n

for size in range(0, 40, 3):
    data = [rnd(50) for _ in range(size)]
    a = list(data)
    heapq.heapify(a)
    b = []
    for x in data:
        heapq.heappush(b, x)
    print(size, a == sorted(a) or a[:5], b[:5])
    print([heapq.heappop(a) for _ in range(len(a))] == sorted(data))

# Strings, tuples and floats.
h = []
for s in ["pear", "apple", "fig", "kiwi", "banana"]:
    heapq.heappush(h, s)
print(h, heapq.heappop(h))
h = [(3, "c"), (1, "a"), (2, "b"), (1, "z")]
heapq.heapify(h)
print(h, heapq.heappop(h), heapq.heappop(h))
h = [2.5, -1.0, 3, 0.5]
heapq.heapify(h)
print(h)

# nsmallest / nlargest, with key and ties.
data = [5, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(heapq.nsmallest(3, data), heapq.nlargest(3, data))
print(heapq.nsmallest(0, data), heapq.nlargest(-1, data), heapq.nsmallest(100, data))
words = ["bb", "a", "ccc", "dd", "e", "fff"]
print(heapq.nsmallest(3, words, key=len), heapq.nlargest(3, words, key=len))
print(heapq.nlargest(2, iter(range(10))), heapq.nsmallest(2, (x * x for x in range(-3, 4))))

# List subclasses are heaps too.
class L(list):
    pass
s = L([4, 3, 2, 1])
heapq.heapify(s)
print(s, heapq.heappop(s), type(s).__name__)

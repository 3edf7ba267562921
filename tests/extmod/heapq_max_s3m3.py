# heapq's private max-heap helpers: _heapify_max, _heappop_max, _heapreplace_max
import heapq
data = [5, 1, 9, 3, 7, 2, 8, 6, 4, 0]
h = data[:]
heapq._heapify_max(h)
print(h[0], all(h[i] >= h[c] for i in range(len(h)) for c in (2 * i + 1, 2 * i + 2) if c < len(h)))
print([heapq._heappop_max(h) for _ in range(4)])
print(heapq._heapreplace_max(h, -1), heapq._heappop_max(h))
print(sorted(h, reverse=True) == [heapq._heappop_max(h) for _ in range(len(h))])
try:
    heapq._heappop_max([])
except IndexError as e:
    print('IndexError', e)
h = [3, 1, 2]; heapq.heapify(h); print(heapq.heappop(h), heapq.heapreplace(h, 0), h)

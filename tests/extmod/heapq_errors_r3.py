# heapq errors as CPython raises them, and robustness against a __lt__ that
# changes the heap (no crash; CPython raises RuntimeError on a size change).
import heapq


def show(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)


show(heapq.heappop, [])
show(heapq.heapreplace, [], 1)
show(heapq.heappush, (), 1)
show(heapq.heappop, (1,))
show(heapq.heapify, "abc")
show(heapq.heapreplace, None, 1)
show(heapq.heappushpop, {}, 1)
show(heapq.heappush, [1, 2], "x")
show(heapq.heapify, [1, "a", 2])

# A comparison error leaves the list holding all its items.
h = [3, 1, 2]
try:
    heapq.heappush(h, None)
except TypeError:
    print("TypeError", sorted(x for x in h if x is not None), len(h))


class Evil:
    def __init__(self, v, heap):
        self.v = v
        self.heap = heap

    def __lt__(self, other):
        # Empty the heap in the middle of a sift.
        self.heap.clear()
        return self.v < other.v

    def __repr__(self):
        return "E%d" % self.v


for op in ("push", "pop", "heapify", "replace", "pushpop"):
    heap = []
    heap.extend(Evil(v, heap) for v in [5, 4, 3, 2, 1, 0])
    try:
        if op == "push":
            heapq.heappush(heap, Evil(-1, heap))
        elif op == "pop":
            heapq.heappop(heap)
        elif op == "heapify":
            heapq.heapify(heap)
        elif op == "replace":
            heapq.heapreplace(heap, Evil(9, heap))
        else:
            heapq.heappushpop(heap, Evil(9, heap))
        print(op, "no error", heap)
    except (RuntimeError, IndexError) as e:
        print(op, type(e).__name__, e)


class Grower:
    def __init__(self, v, heap):
        self.v = v
        self.heap = heap

    def __lt__(self, other):
        self.heap.append(0)
        return self.v < other.v


heap = []
heap.extend(Grower(v, heap) for v in [3, 2, 1])
try:
    heapq.heapify(heap)
except RuntimeError as e:
    print("grow", e)


# A __lt__ that reorders items without changing the size is allowed.
class Shuffler:
    def __init__(self, v, heap):
        self.v = v
        self.heap = heap

    def __lt__(self, other):
        self.heap.reverse()
        return self.v < other.v


heap = []
heap.extend(Shuffler(v, heap) for v in range(10))
heapq.heapify(heap)
for i in range(5):
    heapq.heappush(heap, Shuffler(i, heap))
got = []
while heap:
    got.append(heapq.heappop(heap).v)
print(len(got), sorted(got))

# User __lt__ ordering.
class Rev:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v > other.v


h = []
for v in [3, 9, 1, 7]:
    heapq.heappush(h, Rev(v))
print([heapq.heappop(h).v for _ in range(4)])

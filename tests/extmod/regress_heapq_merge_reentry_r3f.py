# heapq.merge resumed from inside itself (an input or the key function
# calling next() on the merge) raises ValueError like a generator, instead
# of moving the merge's arrays under the running step (it crashed).
import heapq


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


def g():
    yield 1
    show(lambda: next(m, "x"))
    yield 2


m = heapq.merge(g(), [0, 5])
show(lambda: list(m))


def g2():
    yield 1
    show(lambda: list(m2))
    yield 4


m2 = heapq.merge(g2(), [3], [2])
show(lambda: list(m2))

m3 = heapq.merge([1, 2, 3], [2, 3], [4], key=lambda x: next(m3, 0))
show(lambda: list(m3))
# After the failure the merge is finished.
show(lambda: list(m3))

# nsmallest/nlargest with a count beyond the word size: all, or none.
show(lambda: heapq.nsmallest(2**100, [3, 1, 2]))
show(lambda: heapq.nlargest(2**100, [3, 1, 2]))
show(lambda: heapq.nsmallest(-2**100, [3, 1, 2]))

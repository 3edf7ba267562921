# heapq.merge: lazy, stable (ties from earlier inputs first), key= and
# reverse=, any iterables; an input that raises ends the merge.
import heapq

print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge()), list(heapq.merge([])), list(heapq.merge([3])))
print(list(heapq.merge([1, 2], iter([1.0, 2.0]), (True,))))
print(list(heapq.merge(["a", "dd"], ["bb", "c"], key=len)))
print(list(heapq.merge([7, 5, 1], [8, 2], reverse=True)))
print(list(heapq.merge([(1, "x"), (3, "z")], [(1, "a"), (2, "b")], key=lambda t: t[0])))
print(list(heapq.merge("ace", "bdf")))
print(list(heapq.merge(range(0, 10, 3), range(1, 10, 3), range(2, 10, 3), key=None, reverse=False)))

# Lazy: nothing is read before the first next().
log = []


def gen(name, values):
    for v in values:
        log.append(name + str(v))
        yield v


m = heapq.merge(gen("a", [1, 4]), gen("b", [2, 3]))
print(log)
print(next(m), log)
print(list(m), log)


def bad():
    yield 1
    raise ValueError("boom")


m = heapq.merge(bad(), [2, 3])
print(next(m))
try:
    print(next(m))
except ValueError as e:
    print("ValueError", e)
print(list(m))

try:
    list(heapq.merge([1], ["a"]))
except TypeError as e:
    print("TypeError")
try:
    heapq.merge([1], foo=1)
except TypeError as e:
    print("TypeError")

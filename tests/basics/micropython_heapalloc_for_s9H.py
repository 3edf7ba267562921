# For loops over built-in sequences and ranges, and sum/min/max/all/any over
# them, allocate nothing (MicroPython's heapalloc/heapalloc_iter tests): they
# run under micropython.heap_lock(). CPython has no heap_lock: .exp file.
import micropython

t = (1, 2, 3)
l = [4, 5, 6]
s = "abc"
b = b"\x01\x02"
ba = bytearray(b"\x03\x04")
r = range(2, 5)
res = [0] * 20


def kinds():
    n = 0
    for x in t:
        n += x
    for x in l:
        n += x
    for x in s:
        n += 1
    for x in b:
        n += x
    for x in ba:
        n += x
    for x in r:
        n += x
    for x in range(4):
        n += x
    for x in range(1, 4):
        n += x
    for x in range(10, 0, -3):
        n += x
    for x in ():
        n += 1000
    return n


def nested_exits():
    n = 0
    for i in range(3):
        for j in t:
            if j == 2:
                break
            for c in s:
                if c == "b":
                    continue
                n += j
        else:
            n += 100
    else:
        n += 1000
    return n


def early_return():
    for i in range(5):
        for x in l:
            if x == 5 and i == 2:
                return i * 10 + x
    return -1


def in_try():
    n = 0
    for i in range(3):
        try:
            for x in t:
                if x == 3:
                    break
                n += x
        finally:
            n += 1
    return n


def gen():
    for i in range(3):
        for x in t:
            yield i * x


def builtins():
    res[0] = sum(t)
    res[1] = sum(l, 10)
    res[2] = min(t)
    res[3] = max(l)
    res[4] = all(t)
    res[5] = any(l)
    res[6] = 2 in t
    res[7] = 7 in l
    res[8] = max(b)
    res[9] = min(s)
    res[10] = sum(ba)
    res[11] = max(r)
    res[12] = all(())
    res[13] = any("")


def comp_setup():
    return [x for x in (1,)]


saved = []
rebound = (7, 8)


def uses_range():
    n = 0
    for i in range(2):
        n += i
    return n


# Run each once first so that any caches are made before the heap is locked.
for f in (kinds, nested_exits, early_return, in_try, builtins, uses_range):
    f()
g = gen()
# (Globals stored under the lock must exist: a new one grows the dict.)
r1 = r2 = r3 = r4 = r5 = r6 = r7 = r8 = r9 = r10 = None

micropython.heap_lock()
r1 = kinds()
r2 = nested_exits()
r3 = early_return()
r4 = in_try()
r5 = next(g)
r6 = next(g)
r7 = next(g)
r8 = next(g)
builtins()
r9 = uses_range()
micropython.heap_unlock()

print(r1, r2, r3, r4)
print(r5, r6, r7, r8, list(g))
print(res[:14])
print(r9)

# With `range` rebound globally the loop calls that instead (still no heap
# when it returns a built-in sequence it already has).
range = lambda n: rebound
uses_range()
micropython.heap_lock()
r10 = uses_range()
micropython.heap_unlock()
del range
print(r10, uses_range())

# A loop over a range with big-int bounds needs the heap: MemoryError.
big = 2 ** 100
micropython.heap_lock()
try:
    for i in range(big, big + 1):
        pass
    print("no error")
except MemoryError:
    print("MemoryError")
micropython.heap_unlock()

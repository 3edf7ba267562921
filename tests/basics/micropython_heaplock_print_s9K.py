# Printing and error messages under micropython.heap_lock() allocate nothing
# (as MicroPython's heapalloc*.py tests expect): repr of containers, empty
# str/bytes concatenation, errors whose message holds a repr, and
# sys.print_exception of exceptions with 0, 1 or more args (MicroPython-only
# API: it writes "Type: " even for an empty message).
import micropython, sys

# Everything the locked parts need is made beforehand.
T2 = (1, 2)
L1 = [1]
NEST = (1, "two", [3, (4, b"5")], {6: (7,)}, {8})
CYC = [1]
CYC.append(CYC)
D = {"k": [None, True]}
S = "s"
B = b"b"
E = (ValueError, KeyError, NameError, TypeError, RecursionError)
res = [None] * 16
r = None
ex = None
MEM = MemoryError()
MULTI = ValueError("x", 1)
NOARG = StopIteration()
ONE = KeyError("k")
EXCS = (MEM, MULTI, NOARG, ONE)


def bad_int():
    int("12x")


def bad_int16():
    int("xyz", 16)


def bad_int_bytes():
    int(b"1.5")


def bad_index():
    L1.index(7)


def bad_index_str():
    L1.index("seven")


def bad_tuple_index():
    T2.index(3)


def locked(f):
    global r
    micropython.heap_lock()
    try:
        f()
        r = "no error"
    except E as e:
        r = e
    except MemoryError:
        r = "MemoryError"
    micropython.heap_unlock()
    print(type(r).__name__, r)


print(CYC)  # (the repr guard is made here, with room for a few levels)
micropython.heap_lock()
print(T2)
print(L1)
print(NEST)
print(D, S, B)
print(CYC)
res[0] = "" + S
res[1] = S + ""
res[2] = b"" + B
res[3] = B + b""
micropython.heap_unlock()
print(res[:4], res[0] is S, res[2] is B, res[3] is B)

for f in (bad_int, bad_int16, bad_int_bytes, bad_index, bad_index_str, bad_tuple_index):
    locked(f)

# The same messages with the heap free (compared with CPython's).
for f in (bad_int, bad_int16, bad_int_bytes, bad_index, bad_index_str, bad_tuple_index):
    try:
        f()
    except ValueError as e:
        print("ValueError", e)

micropython.heap_lock()
for ex in EXCS:
    sys.print_exception(ex)
micropython.heap_unlock()

# A file that is not a stream is an OSError.
for bad in (1, None, object()):
    try:
        sys.print_exception(Exception, bad)
        print("no error")
    except OSError:
        print("OSError")


class W:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


w = W()
sys.print_exception(ValueError(), w)
sys.print_exception(ValueError("v"), w)
print("".join(w.parts).split("\n"))

# -X heapsize: an allocation too big for a small heap raises MemoryError,
# which can be caught; the interpreter goes on working afterwards.
# cmdline: -X heapsize=128k {script}
try:
    big = bytearray(1024 * 1024)
except MemoryError:
    print("MemoryError caught")
small = [i * i for i in range(100)]
print(sum(small))
# The filling happens in a function so that, once it returns, no frame can
# still hold the list: the collector scans the C stack conservatively, and a
# stale word in a live frame could keep it (and the whole heap) alive.
def fill():
    data = []
    try:
        while True:
            data.append("x" * 100 + str(len(data)))
    except MemoryError:
        return len(data)
n = fill()
print("filled the heap:", n > 100)
print("still alive", len([str(i) for i in range(50)]))

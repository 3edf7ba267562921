# -X heapsize: an allocation too big for a small heap raises MemoryError,
# which can be caught; the interpreter goes on working afterwards.
# cmdline: -X heapsize=128k {script}
try:
    big = bytearray(1024 * 1024)
except MemoryError:
    print("MemoryError caught")
small = [i * i for i in range(100)]
print(sum(small))
try:
    data = []
    while True:
        data.append("x" * 100 + str(len(data)))
except MemoryError:
    n = len(data)
    data = None
    print("filled the heap:", n > 100)
print("still alive", len([str(i) for i in range(50)]))

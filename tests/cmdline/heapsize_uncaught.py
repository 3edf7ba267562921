# An uncaught MemoryError ends the program with status 1 and a traceback on
# stderr, never a crash.
# cmdline: -X heapsize=128k {script}
print("start")
x = bytearray(10 * 1024 * 1024)
print("not reached")

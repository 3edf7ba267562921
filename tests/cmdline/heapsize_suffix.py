# -X heapsize accepts an M suffix; the heap that results is the size asked
# for, less the allocator's tables (a few percent).
# cmdline: -X heapsize=4M {script}
import gc

total = gc.mem_free() + gc.mem_alloc()
print(0.9 * 4 * 2**20 <= total <= 4 * 2**20)

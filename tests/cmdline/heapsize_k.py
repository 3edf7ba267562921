# -X heapsize accepts a k suffix.
# cmdline: -X heapsize=512k {script}
import gc

total = gc.mem_free() + gc.mem_alloc()
print(0.9 * 512 * 1024 <= total <= 512 * 1024)

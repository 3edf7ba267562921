# Allocations that fill holes of many lengths left among live buffers: the
# free-run search skips whole words of the allocation table that hold no run
# long enough and follows the runs of the others one by one, including runs
# that go on into the next word. Each buffer is filled with its own byte and
# checked at the end: two buffers given overlapping memory would show.
import gc

gc.collect()
sizes = [16, 48, 100, 130, 250, 500, 20, 70, 1000, 33]
bufs = []
for i in range(3000):
    bufs.append(bytearray([i % 251]) * sizes[(i * 7) % len(sizes)])
# Drop every third buffer and every fifth: holes of one, two or more buffers.
for i in range(len(bufs)):
    if i % 3 == 0 or i % 5 == 0:
        bufs[i] = None
gc.collect()
new = []
for i in range(4000):
    n = 8 + (i * 37) % 600
    new.append((bytearray([i % 241]) * n, i % 241, n))
bad = 0
for i, b in enumerate(bufs):
    if b is not None and (len(b) != sizes[(i * 7) % len(sizes)] or b.count(i % 251) != len(b)):
        bad += 1
for b, v, n in new:
    if len(b) != n or b.count(v) != n:
        bad += 1
print(bad, sum(1 for b in bufs if b is not None), len(new))

# queue.SimpleQueue.put is re-entrant: a finaliser that runs while put() is
# busy (garbage collected in the middle of it) may itself put.
import gc, queue

if hasattr(gc, 'threshold') and hasattr(gc, 'mem_alloc'):
    gc.threshold(2000)  # collect often, so some collections happen inside put()
q = queue.SimpleQueue()
count = [0]


class Cycle:
    def __init__(self):
        self.me = self

    def __del__(self):
        count[0] += 1
        q.put(-1)


got = 0
for i in range(3000):
    Cycle()
    q.put(i)
    while not q.empty():
        q.get()
        got += 1
gc.collect()
while not q.empty():
    q.get()
    got += 1
if hasattr(gc, 'threshold') and hasattr(gc, 'mem_alloc'):
    gc.threshold(-1)
print(got >= 3000, q.qsize(), q.empty())

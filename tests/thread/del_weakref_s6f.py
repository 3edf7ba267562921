# __del__ methods and weakref callbacks run (and allocate, and collect) while
# several threads allocate and collect: no crash, every thread finishes.
import _thread, gc, time, weakref

log = []

class A:
    def __del__(self):
        log.append([0] * 4)

class B:
    pass

def cb(r):
    log.append(r)
    if len(log) % 50 == 0:
        gc.collect()

lock = _thread.allocate_lock()
finished = [0]
refs = []

def work():
    for i in range(200):
        A()
        refs.append(weakref.ref(B(), cb))
        if i % 20 == 0:
            gc.collect()
        else:
            [bytearray(64) for _ in range(10)]
    with lock:
        finished[0] += 1

for _ in range(4):
    _thread.start_new_thread(work, ())
while True:
    with lock:
        if finished[0] == 4:
            break
    gc.collect()
    time.sleep(0.002)
gc.collect()
print(finished[0], len(refs), len(log) > 0)

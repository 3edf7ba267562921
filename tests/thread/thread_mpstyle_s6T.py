# MicroPython-style thread test: raw start_new_thread, each thread bumps a
# shared counter under a lock and marks itself finished; the main thread
# busy-waits (with sleeps) until all are done.
import _thread
import time

n_thread = 8
n_finished = 0
lock = _thread.allocate_lock()
total = 0


def thread_entry(n, step):
    global n_finished, total
    acc = 0
    for i in range(n):
        acc += step
    with lock:
        total += acc
        n_finished += 1


for i in range(n_thread):
    _thread.start_new_thread(thread_entry, (1000, i))

while True:
    with lock:
        if n_finished == n_thread:
            break
    time.sleep(0.001)
print(total, n_finished)

# Lists appended to concurrently without a lock stay consistent (GIL).
lst = []
fin = [0]


def appender(k):
    for i in range(500):
        lst.append(k)
    with lock:
        fin[0] += 1


for k in range(4):
    _thread.start_new_thread(appender, (k,))
while fin[0] < 4:
    time.sleep(0.001)
print(len(lst), sorted(set(lst)), [lst.count(k) for k in range(4)])

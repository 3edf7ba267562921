# SIGUSR1 sent by the main thread and by other threads while threads run
# Python code: every handler runs in the main thread, none is lost while
# they are spaced out, and the running threads are not disturbed.
import _thread, os, signal, threading, time

calls = []

def handler(signum, frame):
    calls.append(threading.current_thread() is threading.main_thread())

signal.signal(signal.SIGUSR1, handler)
lock = _thread.allocate_lock()
finished = [0]
sums = []

def busy(n):
    s = 0
    for i in range(n):
        s += i
        if i % 5000 == 0:
            time.sleep(0)
    sums.append(s)
    with lock:
        finished[0] += 1

def sender():
    for _ in range(10):
        os.kill(os.getpid(), signal.SIGUSR1)
        time.sleep(0.005)
    with lock:
        finished[0] += 1

for _ in range(3):
    _thread.start_new_thread(busy, (60000,))
for _ in range(2):
    _thread.start_new_thread(sender, ())
for _ in range(10):
    os.kill(os.getpid(), signal.SIGUSR1)
    time.sleep(0.005)
while True:
    with lock:
        if finished[0] == 5:
            break
    time.sleep(0.005)
time.sleep(0.02)
print(sums == [sum(range(60000))] * 3)
print(len(calls) > 0, all(calls))

# A signal for the main thread while it waits (sleep, recv, lock) and two
# other threads keep the interpreter busy: its handler must run during the
# wait. A busy thread used to clear the pending flag and hand the GIL to the
# main thread before setting the flag again, so the main thread found
# nothing pending and slept on until its wait ended.
import _thread
import os
import signal
import socket
import time


class Stop(Exception):
    pass


def handler(signum, frame):
    raise Stop


signal.signal(signal.SIGUSR1, handler)
stop = [False]
running = [0]
count_lock = _thread.allocate_lock()


def busy():
    with count_lock:
        running[0] += 1
    n = 0
    while not stop[0]:
        n += 1
    with count_lock:
        running[0] -= 1


def killer():
    time.sleep(0.01)
    os.kill(os.getpid(), signal.SIGUSR1)


for i in range(2):
    _thread.start_new_thread(busy, ())
while running[0] < 2:
    time.sleep(0.01)

a, b = socket.socketpair()
a.settimeout(1.0)
held = _thread.allocate_lock()
held.acquire()
waits = {
    'sleep': lambda: time.sleep(1.0),
    'recv': lambda: a.recv(1),
    'lock': lambda: held.acquire(True, 1.0),
}
for name in ('sleep', 'recv', 'lock'):
    # 'late': the handler ran only when the 1 s wait was over (a loaded
    # machine may be slow to switch threads: only that is told apart).
    ended = {'handler': 0, 'late': 0, 'timeout': 0}
    for k in range(8):
        t0 = time.time()
        try:
            _thread.start_new_thread(killer, ())
            waits[name]()
            ended['timeout'] += 1
        except Stop:
            ended['handler' if time.time() - t0 < 0.95 else 'late'] += 1
        except OSError:
            ended['timeout'] += 1
    print(name, ended)

stop[0] = True
while running[0]:
    time.sleep(0.01)
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
a.close()
b.close()

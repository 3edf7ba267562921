# Thread stress scenarios for a ThreadSanitizer build (see tools/tsan.supp):
#   for s in echo_gc close signal churn lock mixed; do
#       ./micropython-tsan tools/tsan_stress.py $s; done
# Each prints one line of results (the same under python3, except `close`:
# CPython on Linux does not wake a thread whose socket another closes) and
# waits for its threads; TSan writes what it finds to stderr or log_path.
import _thread
import gc
import os
import select
import signal
import socket
import sys
import time
import weakref

lock = _thread.allocate_lock()
done = []


def wait_for(n, limit=120):
    t0 = time.time()
    while len(done) < n and time.time() - t0 < limit:
        gc.collect()
        time.sleep(0.01)


# Socket echo in threads while others allocate and collect (a collection
# scans the stacks of the threads parked in poll()).
def echo_gc():
    def echo():
        a, b = socket.socketpair()
        total = 0
        for k in range(200):
            msg = bytes([k % 256]) * (1 + k % 50)
            a.sendall(msg)
            got = b''
            while len(got) < len(msg):
                got += b.recv(100)
            total += len(got) if got == msg else -10 ** 6
        a.close()
        b.close()
        with lock:
            done.append(total)

    def alloc():
        for k in range(300):
            junk = [str(j) * 3 for j in range(50)]
            junk = {j: junk for j in range(20)}
            if k % 20 == 0:
                gc.collect()
        with lock:
            done.append(-1)

    for i in range(4):
        _thread.start_new_thread(echo, ())
        _thread.start_new_thread(alloc, ())
    wait_for(8)
    print(len(done), max(done))


# close() of a socket from another thread during recv, accept and poll.
def close():
    def run(fn):
        try:
            fn()
            r = 'returned'
        except OSError:
            r = 'OSError'
        with lock:
            done.append(r)

    for rep in range(10):
        a, b = socket.socketpair()
        _thread.start_new_thread(run, (lambda: a.recv(10),))
        srv = socket.socket()
        srv.bind(('127.0.0.1', 0))
        srv.listen()
        _thread.start_new_thread(run, (srv.accept,))
        c, d = socket.socketpair()
        p = select.poll()
        p.register(c, select.POLLIN)
        _thread.start_new_thread(run, (lambda: p.poll(2000),))
        time.sleep(0.02)
        a.close()
        srv.close()
        c.close()
        time.sleep(0.01)
        b.close()
        d.close()
    wait_for(30)
    print(len(done))


# Signals (real and interrupt_main) while threads wait in recv, lock and sleep.
def signals():
    hits = []
    signal.signal(signal.SIGUSR1, lambda s, f: hits.append(s))
    stop = []

    def blocker(kind):
        if kind == 0:
            a, b = socket.socketpair()
            a.settimeout(0.05)
            while not stop:
                try:
                    a.recv(1)
                except OSError:
                    pass
        elif kind == 1:
            held = _thread.allocate_lock()
            held.acquire()
            while not stop:
                held.acquire(True, 0.05)
        else:
            while not stop:
                time.sleep(0.03)
        with lock:
            done.append(kind)

    for k in range(3):
        _thread.start_new_thread(blocker, (k,))
    for i in range(50):
        os.kill(os.getpid(), signal.SIGUSR1)
        time.sleep(0.005)
        if i % 10 == 0:
            _thread.interrupt_main(signal.SIGUSR1)
    stop.append(1)
    wait_for(3)
    signal.signal(signal.SIGUSR1, signal.SIG_DFL)
    print(len(hits) > 0, sorted(done))


# Threads that start and end at once while the main thread collects.
def churn():
    def f(x):
        keep = [x] * 10
        with lock:
            done.append(len(keep))

    for i in range(400):
        while _thread._count() > 20:
            gc.collect()
        _thread.start_new_thread(f, (i,))
        if i % 7 == 0:
            gc.collect()
    wait_for(400)
    print(len(done))


# Many threads on one lock, with locked() and repr() looking meanwhile.
def lock_contention():
    count = [0]

    def worker():
        for k in range(300):
            with lock:
                c = count[0]
                if k % 50 == 0:
                    time.sleep(0)
                count[0] = c + 1
            lock.locked()
        with lock:
            done.append(1)

    for i in range(16):
        _thread.start_new_thread(worker, ())
    t0 = time.time()
    while len(done) < 16 and time.time() - t0 < 120:
        time.sleep(0.01)
        lock.locked()
        repr(lock)
    print(count[0])


# A server thread, client threads echoing through a poll object each, and
# finalisers and weak references collected from any thread.
def mixed():
    dels = [0]

    class Fin:
        def __del__(self):
            with lock:
                dels[0] += 1

    srv = socket.socket()
    srv.bind(('127.0.0.1', 0))
    srv.listen(16)
    port = srv.getsockname()[1]

    def handle(c):
        while True:
            data = c.recv(512)
            if not data:
                break
            c.sendall(data)
        c.close()

    def server():
        for i in range(12):
            c, _ = srv.accept()
            _thread.start_new_thread(handle, (c,))

    def client(i):
        s = socket.create_connection(('127.0.0.1', port))
        p = select.poll()
        p.register(s, select.POLLIN)
        ok = True
        for k in range(60):
            objs = [Fin() for _ in range(3)]
            ref = weakref.ref(objs[0])
            msg = (b'%d-%d;' % (i, k)) * (1 + k % 7)
            s.sendall(msg)
            got = b''
            while len(got) < len(msg):
                p.poll(1000)
                got += s.recv(4096)
            ok = ok and got == msg and ref() is objs[0]
            del objs
            if k % 10 == 0:
                gc.collect()
        s.close()
        with lock:
            done.append(ok)

    _thread.start_new_thread(server, ())
    for i in range(12):
        _thread.start_new_thread(client, (i,))
    wait_for(12)
    srv.close()
    gc.collect()
    print(len(done), all(done), dels[0] > 0)


scenarios = {
    'echo_gc': echo_gc,
    'close': close,
    'signal': signals,
    'churn': churn,
    'lock': lock_contention,
    'mixed': mixed,
}
scenarios[sys.argv[1]]()

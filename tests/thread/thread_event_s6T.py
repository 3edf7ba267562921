# Event: set/clear/wait across threads, timeouts.
import threading

ev = threading.Event()
print(ev.is_set(), ev.isSet(), ev.wait(0.02), ev.wait(0))
out = []


def w(i):
    out.append((i, ev.wait(2)))


ts = [threading.Thread(target=w, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
ev.set()
for t in ts:
    t.join()
print(sorted(out), ev.is_set(), ev.wait(), ev.wait(0))
ev.clear()
print(ev.is_set(), ev.wait(0.01))

# Ping-pong between two threads with two events.
a, b = threading.Event(), threading.Event()
log = []


def pong():
    for i in range(5):
        a.wait()
        a.clear()
        log.append('pong%d' % i)
        b.set()


t = threading.Thread(target=pong)
t.start()
for i in range(5):
    log.append('ping%d' % i)
    a.set()
    b.wait()
    b.clear()
t.join()
print(log)

# Blocking calls let other threads run: five threads that each sleep 0.4 s
# finish in well under the 2 s of one after the other (a wide margin for a
# loaded machine), and a busy thread does not starve the others.
import threading
import time

t0 = time.monotonic()
ts = [threading.Thread(target=time.sleep, args=(0.4,)) for _ in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('parallel sleeps', time.monotonic() - t0 < 1.5)

stop = [False]
spins = [0]


def spin():
    while not stop[0]:
        spins[0] += 1


s = threading.Thread(target=spin)
s.start()
ticks = []
for i in range(5):
    time.sleep(0.01)
    ticks.append(i)
stop[0] = True
s.join()
print(ticks, spins[0] > 0)

# Two busy threads interleave: switches happen without blocking calls, so
# each sees the other's mark long before its deadline.
seen = set()
res = {}


def busy(me, other):
    t_end = time.monotonic() + 1.0
    seen.add(me)
    while other not in seen and time.monotonic() < t_end:
        pass
    res[me] = other in seen


a = threading.Thread(target=busy, args=('a', 'b'))
b = threading.Thread(target=busy, args=('b', 'a'))
a.start()
b.start()
a.join()
b.join()
print(sorted(res.items()))

# Barrier: indices, action, several rounds, abort, reset, timeout.
import threading

res = []
acts = []
b = threading.Barrier(3, action=lambda: acts.append('act'))
print(b.parties, b.n_waiting, b.broken)


def w():
    for r in range(3):
        i = b.wait()
        res.append((r, i))


ts = [threading.Thread(target=w) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(res), acts, b.broken, b.n_waiting)

# A timeout breaks the barrier for everyone; reset() repairs it.
b = threading.Barrier(2, timeout=0.05)
try:
    b.wait()
except threading.BrokenBarrierError:
    print('broken', b.broken)
try:
    b.wait()
except threading.BrokenBarrierError:
    print('still broken')
b.reset()
print(b.broken)

# abort() wakes waiting threads with BrokenBarrierError.
b = threading.Barrier(3)
errs = []


def w2():
    try:
        b.wait()
    except threading.BrokenBarrierError:
        errs.append('E')


ts = [threading.Thread(target=w2) for _ in range(2)]
for t in ts:
    t.start()
while b.n_waiting < 2:
    pass
b.abort()
for t in ts:
    t.join()
print(errs, b.broken)

# reset() while threads wait: they get BrokenBarrierError, the barrier works again.
b.reset()
errs.clear()
ts = [threading.Thread(target=w2) for _ in range(2)]
for t in ts:
    t.start()
while b.n_waiting < 2:
    pass
b.reset()
for t in ts:
    t.join()
print(errs, b.broken)
ts = [threading.Thread(target=b.wait) for _ in range(2)]
for t in ts:
    t.start()
print(b.wait(2) in (0, 1, 2))
for t in ts:
    t.join()

# An action that raises breaks the barrier; the caller sees the error.
def bad():
    raise ValueError('act')


b = threading.Barrier(1, action=bad)
try:
    b.wait()
except ValueError as e:
    print('ValueError', e, b.broken)

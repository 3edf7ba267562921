# Condition: producer/consumer, wait_for, notify_all, timeouts, errors,
# Condition over an RLock held recursively.
import threading

items = []
cond = threading.Condition()
got = []


def consumer(n):
    for _ in range(n):
        with cond:
            cond.wait_for(lambda: items)
            got.append(items.pop(0))


cs = [threading.Thread(target=consumer, args=(10,)) for _ in range(3)]
for c in cs:
    c.start()
for i in range(30):
    with cond:
        items.append(i)
        cond.notify()
for c in cs:
    c.join()
print(sorted(got) == list(range(30)), items)

# notify_all wakes every waiter.
ready = []
flag = [False]
c2 = threading.Condition(threading.Lock())


def waiter(i):
    with c2:
        ready.append(i)
        while not flag[0]:
            c2.wait()
        ready.append(i + 100)


ws = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for w in ws:
    w.start()
while True:
    with c2:
        if len(ready) == 4:
            flag[0] = True
            c2.notify_all()
            break
for w in ws:
    w.join()
print(sorted(ready))

# Timeouts.
with cond:
    print(cond.wait(0.05), cond.wait(0), cond.wait_for(lambda: 0, 0.05), cond.wait_for(lambda: 5, 0))
try:
    cond.wait()
except RuntimeError as e:
    print('RuntimeError', e)
try:
    cond.notify()
except RuntimeError as e:
    print('RuntimeError', e)

# An RLock acquired twice is fully released while waiting, then restored.
r = threading.RLock()
c3 = threading.Condition(r)
box = []


def setter():
    with c3:
        box.append(1)
        c3.notify()


with r:
    with c3:
        t = threading.Thread(target=setter)
        t.start()
        print(c3.wait_for(lambda: box, 2))
    print(r.acquire(False))
    r.release()
t.join()
try:
    r.release()
except RuntimeError:
    print('released fully')

# join(timeout) on a running thread, is_alive()/enumerate() while it runs,
# repr states, many short threads, threads started from threads.
import threading

go = threading.Event()
t = threading.Thread(target=go.wait, name='waiter')
t.start()
print(t.is_alive(), t in threading.enumerate(), threading.active_count())
print(repr(t).split(' ')[0], repr(t).split(',')[1].split()[0])
t.join(0.05)
print(t.is_alive())
t.join(0)
go.set()
t.join()
print(t.is_alive(), t in threading.enumerate(), threading.active_count())
print(repr(t).split(',')[1].split()[0])

lock = threading.Lock()
done = []


def leaf(i):
    with lock:
        done.append(i)


def branch(i):
    kids = [threading.Thread(target=leaf, args=(i * 10 + k,)) for k in range(3)]
    for k in kids:
        k.start()
    for k in kids:
        k.join()


ts = [threading.Thread(target=branch, args=(i,)) for i in range(10)]
for x in ts:
    x.start()
for x in ts:
    x.join()
print(len(done), sorted(done) == sorted(i * 10 + k for i in range(10) for k in range(3)))

ts = []
for i in range(100):
    x = threading.Thread(target=leaf, args=(i,))
    x.start()
    ts.append(x)
for x in ts:
    x.join()
print(len(done), threading.active_count())

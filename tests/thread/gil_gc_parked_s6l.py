# Objects referenced only from the stacks of threads parked in lock waits, sleeps,
# recv() and poll() survive collections made meanwhile by another thread.
import _thread, time, gc, socket, select
lk = _thread.allocate_lock()
results = {}
gate = _thread.allocate_lock(); gate.acquire()
a, b = socket.socketpair()
def keep(kind, n):
    data = [('%s-%d-%d' % (kind, n, i)) * 3 for i in range(50)]
    d = {x: x.upper() for x in data}
    if kind == 'lock':
        gate.acquire(); gate.release()
    elif kind == 'sleep':
        time.sleep(0.3)
    elif kind == 'recv':
        b2 = b  # blocked on recv of 1 byte per thread
        r = b2.recv(1)
    elif kind == 'poll':
        p = select.poll(); p.register(b, select.POLLIN)
        p.poll(300)
    ok = all(d[x] == x.upper() for x in data) and len(d) == 50
    with lk:
        results[(kind, n)] = ok
kinds = ['lock', 'sleep', 'recv', 'poll']
for k in kinds:
    for n in range(3):
        _thread.start_new_thread(keep, (k, n))
time.sleep(0.05)
for i in range(30):
    junk = [[j] * 10 for j in range(2000)]
    gc.collect()
a.send(b'xxx')
time.sleep(0.1)
gate.release()
t0 = time.time()
while len(results) < 12 and time.time() - t0 < 5:
    time.sleep(0.01)
print(sorted(results.items()))

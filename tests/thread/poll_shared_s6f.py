# select.poll shared between threads: one thread polls while another
# registers a socket and sends on it; a thread blocked in recv() with a
# timeout on a socket that another thread then closes gets an OSError.
import _thread, select, socket, time

p = select.poll()
a, b = socket.socketpair()
got = []
done = _thread.allocate_lock()
done.acquire()

def poller():
    t0 = time.time()
    while time.time() - t0 < 2:
        r = p.poll(20)
        if r:
            got.append([ev & select.POLLIN for fd, ev in r])
            break
    done.release()

_thread.start_new_thread(poller, ())
time.sleep(0.05)
p.register(a, select.POLLIN)
b.send(b'x')
done.acquire()
print(got)

results = []
for rnd in range(5):
    c, d = socket.socketpair()
    c.settimeout(0.2)

    def waiter():
        try:
            results.append(c.recv(10))
        except OSError as e:
            results.append(type(e).__name__)
        done.release()

    _thread.start_new_thread(waiter, ())
    time.sleep(0.02)
    if rnd % 2:
        c.close()
    else:
        d.close()  # the peer closing: recv returns b''
    done.acquire()
    c.close()
    d.close()
print(sorted(set(map(str, results))))

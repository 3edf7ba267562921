# poll.poll(timeout): every negative timeout waits forever, also a float
# between -1 and 0 (-0.1, -1e-100), which must not round up to 0 (no wait).
import os
import select
import threading

for timeout in [None, -1000, -1, -1.0, -0.5, -0.1, -1e-100]:
    r, w = os.pipe()
    p = select.poll()
    p.register(r, select.POLLIN)
    res = []
    t = threading.Thread(target=lambda: res.append(p.poll(timeout)))
    t.start()
    t.join(0.1)
    print(timeout, 'waiting' if t.is_alive() else 'returned')
    os.write(w, b'x')
    t.join()
    print(len(res[0]))
    os.close(r)
    os.close(w)

p = select.poll()
for timeout in (0.1, 0.9, 1e-100, 0, -0.0):
    print(timeout, p.poll(timeout))
for timeout in (-3e10, 3e10, 2147483647.5, -2147483648.5):
    try:
        p.poll(timeout)
    except OverflowError:
        print(timeout, 'OverflowError')

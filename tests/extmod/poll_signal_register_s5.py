# A signal handler that registers more fds on the poll object being waited on
# (moving its arrays) while poll() waits: the wait goes on with the new set,
# never reading the old one (ASan reported use-after-free before).
import os, select, signal
r, w = os.pipe()
p = select.poll()
p.register(r, select.POLLIN)
extra = []
def handler(signum, frame):
    for i in range(50):
        a, b = os.pipe()
        extra.append((a, b))
        p.register(a, select.POLLIN)
signal.signal(signal.SIGALRM, handler)
signal.setitimer(signal.ITIMER_REAL, 0.02)
print(p.poll(200))
print(len(extra))
os.write(extra[10][1], b'x')
print([fd == extra[10][0] for fd, ev in p.poll(0)])
for a, b in extra:
    os.close(a)
    os.close(b)
os.close(r)
os.close(w)

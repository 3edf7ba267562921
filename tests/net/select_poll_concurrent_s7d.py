# A poll object waits for one thread at a time: a second thread's poll()
# raises RuntimeError while the first one sleeps; the object works again after
# a wait ends by an exception (from a signal handler, say).
import os, select, signal, threading, time
r, w = os.pipe()
p = select.poll()
p.register(r, select.POLLIN)
t = threading.Thread(target=p.poll)
t.start()
time.sleep(0.2)
try:
    p.poll()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    p.poll(0)
except RuntimeError as e:
    print("RuntimeError", e)
os.write(w, b"x")
t.join()
print(p.poll(0) == [(r, select.POLLIN)])
# after an exception inside the wait, poll works again
try:
    p.poll(1e30)
except OverflowError as e:
    print("OverflowError")
print(len(p.poll(10)))
# A signal handler that runs inside the wait.
r, w = os.pipe()
p = select.poll()
p.register(r, select.POLLIN)
def handler(signum, frame):
    raise ValueError("from handler")
signal.signal(signal.SIGALRM, handler)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    p.poll(2000)
except ValueError as e:
    print("ValueError", e)
os.write(w, b"x")
print(p.poll(100) == [(r, select.POLLIN)])
print([(fd == r, ev) for fd, ev in p.poll(0)])

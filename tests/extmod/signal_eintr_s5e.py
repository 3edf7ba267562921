# A signal arriving while socket, pipe-read and busy Python code run: the handler
# runs promptly; if it raises, the exception leaves the blocking call, else the
# call goes on waiting for the time left (PEP 475).
import signal, socket, time, os

got = []
def note(signum, frame):
    got.append(signum)

class Stop(Exception):
    pass

def stop(signum, frame):
    raise Stop(signum)

a, b = socket.socketpair()
a.settimeout(0.3)
signal.signal(signal.SIGALRM, note)
signal.setitimer(signal.ITIMER_REAL, 0.05)
t = time.monotonic()
try:
    a.recv(10)
except OSError as e:
    print(type(e).__name__, got, time.monotonic() - t >= 0.29)

signal.signal(signal.SIGALRM, stop)
a.settimeout(None)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    a.recv(10)
except Stop as e:
    print("Stop recv", e.args)

# handler after data arrives: recv still returns the data
signal.signal(signal.SIGALRM, note)
signal.setitimer(signal.ITIMER_REAL, 0.05)
b.send(b"x")
print(a.recv(10))
time.sleep(0.1)
a.close()
b.close()

r, w = os.pipe()
signal.signal(signal.SIGALRM, stop)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    os.read(r, 1)
except Stop as e:
    print("Stop read", e.args)
os.close(r)
os.close(w)

# busy loop: the handler runs between bytecodes
flag = []
signal.signal(signal.SIGALRM, lambda s, f: flag.append(s))
signal.setitimer(signal.ITIMER_REAL, 0.02)
n = 0
while not flag:
    n += 1
print("busy", flag)

# periodic timer with an interval
ticks = []
signal.signal(signal.SIGALRM, lambda s, f: ticks.append(s))
signal.setitimer(signal.ITIMER_REAL, 0.01, 0.01)
while len(ticks) < 3:
    time.sleep(0.005)
delay, interval = signal.setitimer(signal.ITIMER_REAL, 0)
print(len(ticks) >= 3, interval)
print(signal.getitimer(signal.ITIMER_REAL))

# signal.pause returns after the handler ran
signal.signal(signal.SIGALRM, note)
got.clear()
signal.setitimer(signal.ITIMER_REAL, 0.02)
signal.pause()
print("pause", got)
signal.signal(signal.SIGALRM, signal.SIG_DFL)

# Adversarial uses of signal (found by fuzzing): setitimer with NaN, inf or
# huge values (converting them to time_t was undefined behaviour), handlers
# that raise or re-register, bad arguments, a wakeup fd that was closed.
import signal, os, gc
for a in [(0, float('nan')), (0, float('inf')), (0, 1e30), (0, 1, float('nan')), (0, 1, 1e300), (0, 0.5, 1e11)]:
    try:
        print(signal.setitimer(signal.ITIMER_REAL, *a[1:]))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(signal.setitimer(signal.ITIMER_REAL, 0), signal.getitimer(signal.ITIMER_REAL))

class Boom(Exception):
    pass

def raiser(s, f):
    raise Boom(s == signal.SIGUSR1)

signal.signal(signal.SIGUSR1, raiser)
for i in range(3):
    try:
        signal.raise_signal(signal.SIGUSR1)
    except Boom as e:
        print('Boom', e)

count = [0]

def flip(s, f):
    count[0] += 1
    signal.signal(signal.SIGUSR1, flop)
    gc.collect()

def flop(s, f):
    count[0] += 10
    signal.signal(signal.SIGUSR1, flip)

signal.signal(signal.SIGUSR1, flip)
for i in range(10):
    signal.raise_signal(signal.SIGUSR1)
    os.kill(os.getpid(), signal.SIGUSR1)
print('count', count[0])
for args in [(0, signal.SIG_DFL), (-1, signal.SIG_DFL), (signal.NSIG, signal.SIG_DFL), (signal.SIGUSR1, None),
             (signal.SIGUSR1, 'x'), (signal.SIGUSR1, 2), (signal.SIGKILL, signal.SIG_IGN)]:
    try:
        signal.signal(*args)
        print('accepted', args)
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__)
# A blocking wakeup fd could hang the C handler once its pipe is full.
r, w = os.pipe()
for fd in (w, -5):
    try:
        signal.set_wakeup_fd(fd)
    except (ValueError, OSError) as e:
        print(type(e).__name__)
os.set_blocking(w, False)
print(signal.set_wakeup_fd(w))
signal.signal(signal.SIGUSR1, lambda s, f: print('handled'))
try:
    while True:  # fill the pipe: the handler's write must not block
        os.write(w, bytes(4096))
except BlockingIOError:
    pass
signal.raise_signal(signal.SIGUSR1)
print(len(os.read(r, 100)))
os.close(r)
os.close(w)
signal.raise_signal(signal.SIGUSR1)
print(signal.set_wakeup_fd(-1) == w)
try:
    signal.set_wakeup_fd(w)
except OSError as e:
    print('closed', e.errno)
signal.signal(signal.SIGUSR1, signal.SIG_DFL)

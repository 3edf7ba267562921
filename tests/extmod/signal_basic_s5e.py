# signal: handlers set and restored, getsignal, errors, constants; handlers run
# promptly from os.kill/raise_signal and interrupt time.sleep and select.
import signal, os, time
got = []
def h(signum, frame):
    got.append(signum)
print(signal.getsignal(signal.SIGUSR1) == signal.SIG_DFL)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.getsignal(signal.SIGPIPE) == signal.SIG_IGN)
old = signal.signal(signal.SIGUSR1, h)
print(old == signal.SIG_DFL, signal.getsignal(signal.SIGUSR1) is h)
os.kill(os.getpid(), signal.SIGUSR1)
print(got)
signal.raise_signal(signal.SIGUSR1)
print(got)
# handler during sleep
signal.signal(signal.SIGALRM, h)
signal.setitimer(signal.ITIMER_REAL, 0.05)
t = time.monotonic()
time.sleep(0.2)
print(got, time.monotonic() - t >= 0.19)
class Boom(Exception): pass
def r(s, f): raise Boom(s)
signal.signal(signal.SIGALRM, r)
signal.setitimer(signal.ITIMER_REAL, 0.05)
t = time.monotonic()
try:
    time.sleep(5)  # long, so that "well before its end" has a wide margin
except Boom as e:
    print('Boom', e.args, time.monotonic() - t < 2.5)
import select
signal.setitimer(signal.ITIMER_REAL, 0.05)
rd, wr = os.pipe()
try:
    select.select([rd], [], [], 1)
except Boom as e:
    print('Boom select', e.args)
signal.signal(signal.SIGALRM, h)
signal.setitimer(signal.ITIMER_REAL, 0.05)
t = time.monotonic()
print(select.select([rd], [], [], 0.2), time.monotonic() - t >= 0.19, got)
try:
    signal.signal(signal.SIGKILL, h)
except OSError as e:
    print('OSError', e.errno)
for bad in (0, 65, -1):
    try:
        signal.signal(bad, h)
    except ValueError as e:
        print('ValueError', e)
try:
    signal.signal(signal.SIGUSR1, 5)
except TypeError as e:
    print('TypeError', e)
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is h)
os.kill(os.getpid(), signal.SIGUSR1)
print(signal.signal(signal.SIGUSR1, signal.SIG_DFL) == signal.SIG_IGN)
print(signal.strsignal(signal.SIGINT), signal.strsignal(signal.SIGTERM), signal.NSIG)
vs = signal.valid_signals()
print(len(vs), signal.SIGINT in vs, 32 in vs)
print(signal.alarm(0), signal.getitimer(signal.ITIMER_REAL))
signal.signal(signal.SIGINT, h)
os.kill(os.getpid(), signal.SIGINT)
print(got[-1] == signal.SIGINT)
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    os.kill(os.getpid(), signal.SIGINT)
    print('no')
except KeyboardInterrupt:
    print('KeyboardInterrupt')
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt:
    print('KeyboardInterrupt 2')

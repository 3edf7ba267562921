# _thread.interrupt_main() simulates the signal: the Python-level handler
# runs (in the main thread), SIG_IGN/SIG_DFL make it do nothing.
import _thread
import signal
import time

got = []


def handler(signum, frame):
    got.append(signum)


old = signal.signal(signal.SIGINT, handler)
_thread.interrupt_main()
print(got == [signal.SIGINT])

signal.signal(signal.SIGUSR1, handler)
_thread.interrupt_main(signal.SIGUSR1)
print(got[-1] == signal.SIGUSR1, len(got))

# from another thread, while the main thread sleeps
done = []


def other():
    time.sleep(0.05)
    _thread.interrupt_main()
    done.append(1)


_thread.start_new_thread(other, ())
t0 = time.time()
while not done and time.time() - t0 < 5:
    time.sleep(0.01)
time.sleep(0.02)
print(len(got), got[-1] == signal.SIGINT)

signal.signal(signal.SIGINT, signal.SIG_IGN)
_thread.interrupt_main()
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
_thread.interrupt_main(signal.SIGUSR1)
print('ignored', len(got))

signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    _thread.interrupt_main()
    print('no exception')
except KeyboardInterrupt:
    print('KeyboardInterrupt')

for bad in (0, -1, 100000):
    try:
        _thread.interrupt_main(bad)
    except ValueError:
        print('ValueError', bad)
signal.signal(signal.SIGINT, old)

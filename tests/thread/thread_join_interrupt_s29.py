# Ctrl-C (SIGINT) while the main thread joins a worker: KeyboardInterrupt
# at once, and -- as CPython 3.11 does -- the interrupted join gives the
# worker up: it reads as stopped, a second join returns, and the program's
# exit does not wait for it (one Ctrl-C ends a program whose worker would
# run for ever).
import os
import signal
import threading
import time

joining = False
release = threading.Event()


def worker():
    while not joining:
        time.sleep(0.01)
    time.sleep(0.1)  # the main thread is in join() by now
    os.kill(os.getpid(), signal.SIGINT)
    release.wait(30)


t = threading.Thread(target=worker)
t.start()
try:
    joining = True
    t.join()
    print('join returned')
except KeyboardInterrupt:
    print('KeyboardInterrupt in join')
print('alive after interrupted join:', t.is_alive())
print('repr says stopped:', 'stopped' in repr(t))
t.join()
print('second join returns at once')
print('still listed:', t in threading.enumerate())

# A worker that never ends on its own: with it given up, the program
# still exits (the test runner would time out otherwise). The event is
# set only after the exit check would have hung.
forever = threading.Event()
joining = False
t2 = threading.Thread(target=lambda: (worker(), forever.wait(60)))
release = threading.Event()
t2.start()
try:
    joining = True
    t2.join()
except KeyboardInterrupt:
    print('second KeyboardInterrupt in join')
print('exiting')

# Signals go to the main thread: Ctrl-C (SIGINT sent by another thread)
# interrupts the main thread's lock wait, sleep and recv, and a Python signal
# handler runs in the main thread.
import _thread, time, os, signal, socket

def killer(delay):
    time.sleep(delay)
    os.kill(os.getpid(), signal.SIGINT)

l = _thread.allocate_lock()
l.acquire()
_thread.start_new_thread(killer, (0.05,))
try:
    l.acquire()
    print('acquired?!')
except KeyboardInterrupt:
    print('KeyboardInterrupt in acquire')
print('lock still held:', l.locked())

_thread.start_new_thread(killer, (0.05,))
t0 = time.time()
try:
    time.sleep(5)
except KeyboardInterrupt:
    print('KeyboardInterrupt in sleep', time.time() - t0 < 2)

a, b = socket.socketpair()
_thread.start_new_thread(killer, (0.05,))
try:
    b.recv(10)
except KeyboardInterrupt:
    print('KeyboardInterrupt in recv')
a.close()
b.close()

main_id = _thread.get_ident()
got = []
old = signal.signal(signal.SIGUSR1, lambda s, f: got.append(_thread.get_ident() == main_id))
_thread.start_new_thread(os.kill, (os.getpid(), signal.SIGUSR1))
t0 = time.time()
while not got and time.time() - t0 < 2:
    time.sleep(0.01)
print('handler ran in the main thread:', got)
signal.signal(signal.SIGUSR1, old)

def interrupter():
    time.sleep(0.05)
    _thread.interrupt_main()
_thread.start_new_thread(interrupter, ())
try:
    l.acquire(timeout=3)
    print('acquired?!')
except KeyboardInterrupt:
    print('KeyboardInterrupt from interrupt_main')

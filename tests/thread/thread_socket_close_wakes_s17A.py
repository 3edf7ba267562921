# close() of a socket in one thread while another thread sleeps in a call on
# it (accept, recv, recv_into, recvfrom, sendall, a makefile read): the
# sleeper must wake with OSError instead of waiting forever. CPython on Linux
# does not wake it (poll() ignores the close of an fd it watches): the run
# under CPython would hang, hence the .exp file.
import socket
import threading
import time

results = {}


def call(name, fn):
    try:
        fn()
        results[name] = 'returned'
    except OSError:
        results[name] = 'OSError'


def check(name, sock, fn, *extra):
    t = threading.Thread(target=call, args=(name, fn))
    t.start()
    time.sleep(0.1)
    sock.close()
    for e in extra:
        e.close()
    t.join(10)
    print(name, 'woke:', not t.is_alive(), results.get(name))


srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen()
check('accept', srv, srv.accept)

a, b = socket.socketpair()
check('recv', a, lambda: a.recv(10), b)

a, b = socket.socketpair()
a.settimeout(30)
check('recv with timeout', a, lambda: a.recv(10), b)

a, b = socket.socketpair()
buf = bytearray(10)
check('recv_into', a, lambda: a.recv_into(buf), b)

a, b = socket.socketpair()
check('sendall', a, lambda: a.sendall(b'x' * 20000000), b)

a, b = socket.socketpair()
f = a.makefile('rb')
check('makefile read', a, lambda: f.read(10), f, b)

u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.bind(('127.0.0.1', 0))
check('recvfrom', u, lambda: u.recvfrom(10))

# Several threads asleep on one socket all wake.
a, b = socket.socketpair()
ts = [threading.Thread(target=call, args=('r%d' % i, lambda: a.recv(1))) for i in range(3)]
for t in ts:
    t.start()
time.sleep(0.1)
a.close()
for t in ts:
    t.join(10)
print('three sleepers woke:', [not t.is_alive() for t in ts], sorted(results[k] for k in ('r0', 'r1', 'r2')))
b.close()

# Once nobody sleeps on it, close() is a plain close again: a duplicate of
# the socket still works afterwards (a wake-up would have shut both down).
# First after a wait that ended normally, then after one that a signal
# handler's exception ended, both while other threads ran.
a, b = socket.socketpair()
got = []
t = threading.Thread(target=lambda: got.append(b.recv(10)))
t.start()
time.sleep(0.05)
a.sendall(b'hello')
t.join(10)
d = a.dup()
a.close()
d.sendall(b'dup')
print(got, b.recv(10))
d.close()
b.close()

import os
import signal


class Stop(Exception):
    pass


def handler(signum, frame):
    raise Stop


old = signal.signal(signal.SIGUSR1, handler)
a, b = socket.socketpair()
t = threading.Thread(target=lambda: (time.sleep(0.1), os.kill(os.getpid(), signal.SIGUSR1)))
t.start()
try:
    a.recv(10)
except Stop:
    print('recv ended by the handler')
t.join(10)
signal.signal(signal.SIGUSR1, old)
d = a.dup()
a.close()
d.sendall(b'dup2')
print(b.recv(10))
d.close()
b.close()

# A close() racing with a thread that is about to sleep, then new sockets
# that may take the freed fd numbers: the thread must not end up asleep on
# one of them (the fd is closed only once the sleeper has left).
stuck = 0
for _ in range(30):
    a, b = socket.socketpair()
    t = threading.Thread(target=call, args=('race', lambda: a.recv(10)))
    t.start()
    a.close()
    spare = [socket.socketpair() for _ in range(3)]
    t.join(5)
    stuck += t.is_alive()
    for x, y in spare:
        x.close()
        y.close()
    b.close()
print('racing closes, threads left asleep:', stuck)

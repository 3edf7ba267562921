# A forked child closes its copies of sockets that a thread of the parent is
# blocked on (a pre-forking server's child closes the listener). The child's
# close() must close only its own fd: it once shut the sockets down, as a
# close() does to wake the waiters it counts, but those waiters are the
# parent's, so the parent's accept() failed and its connection saw EOF.
import os
import socket
import threading
import time

srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen(4)
port = srv.getsockname()[1]
a, b = socket.socketpair()
got = {}


def accept():
    try:
        c, _ = srv.accept()
        got['accept'] = c.recv(10)
        c.close()
    except OSError as e:
        got['accept'] = 'OSError %d' % e.errno


def recv():
    try:
        got['recv'] = b.recv(10)
    except OSError as e:
        got['recv'] = 'OSError %d' % e.errno


ts = [threading.Thread(target=f, daemon=True) for f in (accept, recv)]
for t in ts:
    t.start()
time.sleep(0.1)  # both threads are waiting now
pid = os.fork()
if pid == 0:
    srv.close()
    b.close()
    os._exit(0)
print('child exit', os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
try:
    c = socket.create_connection(('127.0.0.1', port), timeout=2)
    c.sendall(b'hello')
    c.close()
except OSError as e:
    print('connect', type(e).__name__)
a.sendall(b'world')
for t in ts:
    t.join(3)
print(sorted(got.items()))
a.close()
b.close()
srv.close()

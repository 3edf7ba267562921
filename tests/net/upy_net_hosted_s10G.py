# The shapes of MicroPython's tests/net_hosted and tests/extmod socket/select
# tests, over loopback: accept() non-blocking and with a timeout, connect()
# non-blocking then poll/send/recv before and after it completes, poll of a
# socket before/while/after a blocking connect, recv() on a fresh TCP socket,
# a non-blocking UDP recv, poll on UDP, register/modify/unregister errors, poll
# of a closed socket (POLLNVAL), a poll interrupted by a thread's gc.collect()
# (EINTR must resume with the time left), and bad socket() arguments.
import errno
import select
import socket
import time
# accept_nonblock
s = socket.socket()
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(socket.getaddrinfo("127.0.0.1", 0)[0][-1])
s.listen(1)
s.setblocking(False)
try:
    s.accept()
except OSError as er:
    print("accept nb", er.errno == errno.EAGAIN, type(er).__name__)
# accept_timeout
s.settimeout(0.05)
try:
    s.accept()
except OSError as er:
    print("accept to", er.args[0] in (errno.ETIMEDOUT, "timed out"), isinstance(er, OSError))
addr = s.getsockname()
# connect_nonblock to a listener
c = socket.socket()
c.setblocking(False)
try:
    c.connect(addr)
    print("connected at once")
except OSError as er:
    print("connect nb", er.errno == errno.EINPROGRESS)
s.settimeout(1)
a, _ = s.accept()
p = select.poll(); p.register(c, select.POLLOUT)
print("conn poll", [ev for _, ev in p.poll(1000)])
print(c.send(b"hello"))
a.settimeout(1)
print(a.recv(10))
c.close(); a.close()
# connect_poll
c = socket.socket()
p = select.poll(); p.register(c)
r = p.poll(0)
print("before connect", len(r), r[0][-1])
c.connect(addr)
print("during", len(p.poll(0)))
r = p.poll(1000)
print("after", len(r), r[0][-1])
a, _ = s.accept(); a.close(); c.close()
# connect_nonblock_xfer-like: send/recv before connection done
c = socket.socket(); c.setblocking(False)
try: c.connect(addr)
except OSError as er: print("EINPROGRESS", er.errno == errno.EINPROGRESS)
try:
    print("recv early", c.recv(10))
except OSError as er:
    print("recv early err", er.errno == errno.EAGAIN)
time.sleep(0.05)
print("send later", c.send(b"x"))
a, _ = s.accept(); a.close(); c.close()
# read/write nonblocking on an unconnected
c = socket.socket(); c.setblocking(False)
try: c.connect(addr)
except OSError: pass
time.sleep(0.05)
# MicroPython's stream read(): None when nothing is there (CPython: no read).
rd = getattr(c, "read", None)
print("read none", rd(10) if rd else None)
a, _ = s.accept(); a.close()
time.sleep(0.05)
try:
    print("after peer close", c.recv(10))
except OSError as er:
    print("err", er.errno)
c.close()
s.close()
# socket_tcp_basic
s = socket.socket()
try:
    s.recv(1)
except OSError as er:
    print("ENOTCONN:", er.errno == errno.ENOTCONN)
s.close()
# socket_udp_nonblock
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(socket.getaddrinfo("127.0.0.1", 0)[0][-1])
s.settimeout(0)
try:
    s.recv(1)
except OSError as er:
    print("EAGAIN:", er.errno == errno.EAGAIN)
# select_poll_udp
poll = select.poll()
poll.register(s, select.POLLIN)
print(len(poll.poll(0)))
poll.modify(s, select.POLLOUT)
print(poll.poll(0)[0][1] == select.POLLOUT)
s.close()
# select_poll_basic
poller = select.poll()
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
poller.register(s)
poller.register(s)
try:
    poller.modify(s)
except TypeError:
    print("modify:TypeError")
poller.modify(s, select.POLLIN)
poller.unregister(s)
try:
    poller.modify(s, select.POLLIN)
except OSError as e:
    print("modify ENOENT", e.errno == errno.ENOENT)
try:
    poller.unregister(s)
except KeyError:
    print("unregister KeyError")
poller.register(s)
s.close()
r = poller.poll(0)
print("closed", len(r), r[0][-1] if r else None)
# badconstructor
for args in [(None,), (socket.AF_INET, None), ("x",), (1.5,)]:
    try:
        socket.socket(*args).close()
        print("ok", len(args))
    except Exception as e:
        print(len(args), type(e).__name__)
# poll interrupted by a signal (gc in another thread), as select_poll_eintr.
try:
    import _thread
    import gc
except ImportError:
    _thread = None
if _thread:
    lock = _thread.allocate_lock()
    lock.acquire()

    def interrupter():
        lock.acquire()
        time.sleep(0.1)
        gc.collect()
        lock.release()

    _thread.start_new_thread(interrupter, ())
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.bind(("127.0.0.1", 0))
    poller = select.poll()
    poller.register(s, select.POLLIN)
    t0 = time.monotonic()
    lock.release()
    print("eintr result", poller.poll(300))
    dt = time.monotonic() - t0
    print("eintr waited", 0.28 <= dt < 0.6)
    lock.acquire()  # the thread has finished
    s.close()

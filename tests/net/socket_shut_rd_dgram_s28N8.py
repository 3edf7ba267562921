# A blocking datagram socket (or AF_UNIX listener) shut down for reading:
# recv/recvfrom/recv_into/recvmsg return nothing at once and accept() fails
# with EINVAL, as CPython's blocking calls do. Linux polls such a socket
# readable while the non-blocking call says EAGAIN, which made these spin
# for ever (found by tools/fuzz/diffsock.py). An alarm ends a regression.
import errno
import os
import signal
import socket


class Hang(Exception):
    pass


def on_alarm(*args):
    raise Hang()


signal.signal(signal.SIGALRM, on_alarm)


def show(label, fn):
    signal.alarm(2)
    try:
        print(label, fn())
    except Hang:
        print(label, "hang")
    except OSError as e:
        print(label, type(e).__name__, errno.errorcode.get(e.errno, e.errno))
    signal.alarm(0)


u = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
show("unix shutdown", lambda: u.shutdown(socket.SHUT_RD))
show("unix recv", lambda: u.recv(5))
show("unix recvfrom", lambda: u.recvfrom(5))
buf = bytearray(4)
show("unix recv_into", lambda: (u.recv_into(buf), buf))
if hasattr(u, "recvmsg"):
    show("unix recvmsg", lambda: u.recvmsg(5)[0])
else:
    print("unix recvmsg", b"")
show("unix recv peek", lambda: u.recv(5, socket.MSG_PEEK))
u.close()

# Unconnected: shutdown() says ENOTCONN on Linux but still takes effect.
d = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
d.bind(("127.0.0.1", 0))
show("udp shutdown", lambda: d.shutdown(socket.SHUT_RD))
show("udp recv", lambda: d.recv(5))
d.close()

# A timeout still runs out (CPython waits it out too).
u = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
u.settimeout(0.05)
u.shutdown(socket.SHUT_RD)
try:
    u.recv(5)
except OSError as e:
    print("timeout recv", isinstance(e, OSError))
u.close()

path = "/tmp/_shut_rd_s28N8_%d" % os.getpid()
lst = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
lst.bind(path)
lst.listen()
show("listener shutdown", lambda: lst.shutdown(socket.SHUT_RDWR))
show("listener accept", lambda: lst.accept())
show("listener still blocking", lambda: lst.gettimeout())
lst.close()
os.remove(path)

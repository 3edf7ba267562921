# recv_into() of an empty buffer returns 0 at once on a datagram socket too,
# as CPython: it neither waits (blocking: for ever) nor consumes a queued
# datagram (found by tools/fuzz/diffsock.py). An alarm ends a regression.
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
        print(label, type(e).__name__, e.errno)
    signal.alarm(0)


a, b = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.bind(("127.0.0.1", 0))
for name, s in (("unix", a), ("udp", u)):
    for mode in (None, 0, 0.05):
        s.settimeout(mode)
        show("%s %s bytearray" % (name, mode), lambda: s.recv_into(bytearray(0)))
        show("%s %s memoryview" % (name, mode), lambda: s.recv_into(memoryview(bytearray(8))[:0]))
        show("%s %s nbytes 0" % (name, mode), lambda: s.recv_into(bytearray(0), 0))
        show("%s %s peek" % (name, mode), lambda: s.recv_into(bytearray(0), 0, socket.MSG_PEEK))
a.settimeout(None)
b.send(b"one")
b.send(b"two")
show("queued", lambda: a.recv_into(bytearray(0)))
show("first", lambda: a.recv(10))
show("second", lambda: a.recv(10))
a.close()
b.close()
u.close()

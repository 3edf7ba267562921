# A blocking AF_UNIX connect() to a listener whose backlog is full waits
# until the listener accepts, as CPython's (blocking fd) does; with a
# timeout it fails at once with EAGAIN, as in CPython.
# Regression: ./micropython raised EAGAIN for the blocking socket too (its
# fd is O_NONBLOCK and Linux reports a full AF_UNIX backlog as EAGAIN).
# The behaviour is Linux's: a BSD kernel (macOS) refuses a connection to a
# full AF_UNIX backlog (ECONNREFUSED) instead of queueing the caller, so the
# test is skipped there.
# timeout: 30
import sys


def instance0():
    if sys.platform != "linux":
        multitest.skip()
    import os
    import socket
    import time

    path = "/tmp/mp-unix-backlog-%d.sock" % os.getpid()
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.bind(path)
    s.listen(0)
    multitest.globals(PATH=path)
    multitest.next()
    multitest.next()  # the client has filled the backlog
    time.sleep(0.5)
    conns = []
    for i in range(2):
        c, _ = s.accept()
        conns.append(c)
    for c in conns:
        print("server got", c.recv(10))
        c.close()
    s.close()
    os.remove(path)


def instance1():
    if sys.platform != "linux":
        multitest.skip()
    import errno
    import socket

    multitest.next()
    socks = []
    # With backlog 0 Linux queues one connection; the next finds it full.
    c = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    c.connect(PATH)
    socks.append(c)
    t = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    t.settimeout(0.2)
    try:
        t.connect(PATH)
        print("timed connect: connected")
    except OSError as e:
        print("timed connect:", errno.errorcode[e.errno])
    t.close()
    multitest.next()
    c = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    c.connect(PATH)  # waits for the server's accept()
    print("blocking connect: connected")
    socks.append(c)
    for i, c in enumerate(socks):
        c.send(b"c%d" % i)
        c.close()

# What a refused connect leaves behind depends on how CPython waits: without
# a timeout its connect() is the kernel's blocking one, which resets the
# socket (connecting again tries again); with a timeout it polls and reads
# SO_ERROR, and the socket stays as the kernel left it (Linux: the next
# connect says ECONNABORTED, recv b'', poll IN|OUT|HUP). The port is bound
# but not listening, so no other process can take it.
import select
import socket

BITS = ((select.POLLIN, "IN"), (select.POLLOUT, "OUT"), (select.POLLERR, "ERR"), (select.POLLHUP, "HUP"))


def mask(s):
    p = select.poll()
    p.register(s, select.POLLIN | select.POLLOUT)
    return "|".join(k for b, k in BITS for o, e in p.poll(0) if e & b)


def t(label, f):
    try:
        r = f()
        print(label, r if not isinstance(r, int) or r == 0 else "errno " + str(r))
    except OSError as e:
        print(label, type(e).__name__, e.errno)


for fam, host in ((socket.AF_INET, "127.0.0.1"), (socket.AF_INET6, "::1")):
    dead = socket.socket(fam)
    dead.bind((host, 0))
    addr = dead.getsockname()
    for timeout in (None, 5.0, 0.0):
        for first in ("connect", "connect_ex"):
            print(fam == socket.AF_INET6 and "v6" or "v4", timeout, first)
            c = socket.socket(fam)
            c.settimeout(timeout)
            t(" first", lambda: getattr(c, first)(addr))
            if timeout == 0.0:
                p = select.poll()
                p.register(c, select.POLLOUT)
                p.poll(2000)
            t(" mask", lambda: mask(c))
            t(" SO_ERROR", lambda: c.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
            t(" recv", lambda: c.recv(10))
            t(" again", lambda: c.connect_ex(addr))
            t(" mask", lambda: mask(c))
            c.close()
    dead.close()

# A memoryview that is not C-contiguous is refused by every call that sends
# it (send, sendall, sendto, sendmsg's buffers and ancillary data,
# setsockopt), with CPython's BufferError, before the socket is looked at;
# views that are C-contiguous (a single item, a shaped cast) go as usual.
import socket

m = memoryview(b"abcdefgh")
a, b = socket.socketpair()
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.bind(("127.0.0.1", 0))
dest = u.getsockname()


def t(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__)


for name, v in (("step 2", m[::2]), ("reversed", m[::-1]), ("cast step 2", m.cast("H")[::2]),
                ("one item", m[::8]), ("shaped", memoryview(bytearray(b"12345678")).cast("B", (2, 4))),
                ("plain slice", m[1:4])):
    print(name, v.c_contiguous)
    t(" send", lambda: a.send(v))
    t(" sendall", lambda: a.sendall(v))
    t(" sendto", lambda: u.sendto(v, dest))
    t(" sendmsg", lambda: a.sendmsg([b"<", v, b">"]))
    t(" sendmsg anc", lambda: a.sendmsg([b"-"], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, v)]))
    t(" setsockopt", lambda: u.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, v))
    got = b""
    while True:
        try:
            got += b.recv(100, socket.MSG_DONTWAIT)
        except OSError:
            break
    print(" got", got)
    n = 0
    while True:
        try:
            u.recv(100, socket.MSG_DONTWAIT)
            n += 1
        except OSError:
            break
    print(" datagrams", n)
a.close()
t("closed send", lambda: a.send(m[::2]))
t("closed send ok view", lambda: a.send(m[1:2]))
b.close()
u.close()

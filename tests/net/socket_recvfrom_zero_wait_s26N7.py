# recvfrom(0) and recvfrom_into(empty) on a stream socket wait for data as
# any recvfrom does, as in CPython: a timeout runs out (TimeoutError), a
# non-blocking socket says EAGAIN, and once data or EOF is there the result
# is (b'', None). (They once returned at once with an address made of
# uninitialised stack bytes.) recv(0) and recv_into(empty) stay 0 at once.
import errno
import socket

srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen(1)
c = socket.create_connection(srv.getsockname())
a, _ = srv.accept()
p, q = socket.socketpair()


def show(label, f):
    try:
        print(label, f())
    except OSError as e:
        print(label, type(e).__name__, e.errno == errno.EAGAIN)


for s in (c, p):
    for t in (0.1, 0.0):
        s.settimeout(t)
        show("recvfrom 0, timeout %s:" % t, lambda: s.recvfrom(0))
        show("recvfrom_into empty, timeout %s:" % t, lambda: s.recvfrom_into(bytearray()))
        show("recv 0, timeout %s:" % t, lambda: s.recv(0))
        show("recv_into empty, timeout %s:" % t, lambda: s.recv_into(bytearray()))
a.send(b"data")
q.send(b"data")
for s in (c, p):
    s.settimeout(5)
    show("recvfrom 0 with data:", lambda: s.recvfrom(0))
    show("recvfrom_into empty with data:", lambda: s.recvfrom_into(bytearray()))
    show("then:", lambda: s.recvfrom(10))
a.close()
q.close()
for s in (c, p):
    s.settimeout(None)
    show("recvfrom 0 at EOF:", lambda: s.recvfrom(0))
    s.close()
srv.close()

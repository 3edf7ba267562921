# Non-blocking sockets: connect gives EINPROGRESS and completes in the
# background, accept/recv give EAGAIN when nothing is there, send fills the
# buffer then gives EAGAIN, sendall on a full buffer raises EAGAIN, and
# poll/select report readiness. Errors are compared by errno.
import errno
import select
import socket

def err(label, f):
    try:
        r = f()
        print(label, "->", r)
    except OSError as e:
        print(label, "OSError", errno.errorcode.get(e.errno, e.errno))

srv = socket.socket()
srv.setblocking(False)
print("getblocking", srv.getblocking(), srv.gettimeout())
srv.bind(("127.0.0.1", 0))
srv.listen(4)
err("accept empty", srv.accept)

c = socket.socket()
c.setblocking(False)
err("connect", lambda: c.connect(srv.getsockname()))
p = select.poll()
p.register(c, select.POLLOUT)
ev = p.poll(2000)
print("writable", len(ev), bool(ev[0][1] & select.POLLOUT))
print("so_error", c.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
r, w, x = select.select([srv], [], [], 2)
print("listener readable", r == [srv])
conn, addr = srv.accept()
print("accepted blocking", conn.getblocking(), conn.gettimeout())
conn.setblocking(False)
err("recv empty", lambda: conn.recv(10))
err("recv_into empty", lambda: conn.recv_into(bytearray(4)))
err("recvfrom empty", lambda: conn.recvfrom(10))
c.send(b"abc")
select.select([conn], [], [], 2)
print("recv", conn.recv(10))
err("recv again", lambda: conn.recv(10))

# fill the send buffer
c.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 4096)
total = 0
while True:
    try:
        n = c.send(b"z" * 50000)
    except OSError as e:
        print("send full", errno.errorcode[e.errno])
        break
    total += n
print("sent some", total > 0)
err("send on full", lambda: c.send(b"q"))
err("sendall on full", lambda: c.sendall(b"q" * 10))
r, w, x = select.select([], [c], [], 0)
print("select not writable", w)
# drain, then it is writable again
got = 0
conn.setblocking(True)
conn.settimeout(2)
while got < total:
    got += len(conn.recv(65536))
print("drained", got >= total)
r, w, x = select.select([], [c], [], 2)
print("writable again", w == [c])
# peer closes: readable, recv gives b''
conn.close()
select.select([c], [], [], 2)
print("eof", c.recv(10))
c.close()

# connect to a closed port without blocking: the error arrives later
dead = socket.socket()
dead.bind(("127.0.0.1", 0))
port = dead.getsockname()[1]
dead.close()
d = socket.socket()
d.setblocking(False)
rc = d.connect_ex(("127.0.0.1", port))
print("connect_ex", errno.errorcode.get(rc, rc))
p = select.poll()
p.register(d, select.POLLOUT)
ev = p.poll(2000)
print("ready", len(ev), bool(ev[0][1] & (select.POLLOUT | select.POLLERR)))
print("so_error", errno.errorcode[d.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)])
d.close()

# MSG_DONTWAIT on a blocking socket
a, b = socket.socketpair()
err("dontwait", lambda: a.recv(5, socket.MSG_DONTWAIT))
b.send(b"hi")
select.select([a], [], [], 2)
print("dontwait", a.recv(5, socket.MSG_DONTWAIT))
print("still blocking", a.getblocking())
a.close()
b.close()
srv.close()

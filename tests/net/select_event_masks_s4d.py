# select.poll and select.select on pipes and sockets with every event mask:
# POLLIN/POLLOUT/POLLPRI/POLLERR/POLLHUP, masks of 0, modify/unregister,
# reporting of POLLHUP/POLLERR without asking, and select() lists. poll()
# returns the registered objects in MicroPython and fds in CPython, so each
# result is mapped back to a name here.
import os
import select
import socket

P = select
names = {P.POLLIN: "IN", P.POLLOUT: "OUT", P.POLLPRI: "PRI", P.POLLERR: "ERR", P.POLLHUP: "HUP"}

def bits(ev):
    return "|".join(names[b] for b in sorted(names) if ev & b) or "0"

def key(obj):
    return obj if isinstance(obj, int) else obj.fileno()

def poll_names(p, label_of, timeout=0):
    res = p.poll(timeout)
    return sorted((label_of[key(o)], bits(e)) for o, e in res)

r, w = os.pipe()
p = select.poll()
label = {r: "r", w: "w"}
p.register(r, P.POLLIN)
p.register(w, P.POLLOUT)
print("empty pipe", poll_names(p, label))
os.write(w, b"x")
print("data", poll_names(p, label))
p.modify(w, 0)
print("w mask 0", poll_names(p, label))
p.modify(r, P.POLLIN | P.POLLPRI)
print("r IN|PRI", poll_names(p, label))
os.read(r, 1)
print("drained", poll_names(p, label))
p.modify(w, P.POLLOUT)
os.close(w)
p.unregister(w)
# reader of a pipe whose writer has gone: POLLHUP even with mask 0... but
# only after its data is read
p.modify(r, 0)
print("r hup, mask 0", poll_names(p, label))
p.modify(r, P.POLLIN)
print("r hup, IN", poll_names(p, label))
p.unregister(r)
os.close(r)

# writer of a pipe whose reader has gone: POLLERR
r, w = os.pipe()
os.close(r)
p = select.poll()
p.register(w, P.POLLOUT)
print("w no reader", poll_names(p, {w: "w"}))
p.modify(w, 0)
print("w no reader, mask 0", poll_names(p, {w: "w"}))
os.close(w)

# sockets
a, b = socket.socketpair()
p = select.poll()
lab = {a.fileno(): "a", b.fileno(): "b"}
p.register(a)  # default IN|OUT
p.register(b, P.POLLIN)
print("pair idle", poll_names(p, lab))
a.send(b"hi")
print("b readable", poll_names(p, lab))
b.recv(2)
a.shutdown(socket.SHUT_WR)
print("a shut wr", poll_names(p, lab))
p.unregister(b)
b.close()
print("peer closed", poll_names(p, lab))
a.close()

# listening socket: POLLIN when a connection waits
srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen(1)
p = select.poll()
p.register(srv, P.POLLIN | P.POLLOUT)
print("listener idle", poll_names(p, {srv.fileno(): "srv"}))
c = socket.socket()
c.connect(srv.getsockname())
print("listener pending", poll_names(p, {srv.fileno(): "srv"}, 2000))
conn, _ = srv.accept()
# out-of-band data is POLLPRI
q = select.poll()
q.register(conn, P.POLLPRI)
c.send(b"!", socket.MSG_OOB)
print("oob", poll_names(q, {conn.fileno(): "conn"}, 2000))
print(conn.recv(1, socket.MSG_OOB))
c.close()
conn.close()
srv.close()

# unconnected TCP socket: POLLOUT|POLLHUP on Linux
t = socket.socket()
p = select.poll()
p.register(t, P.POLLIN | P.POLLOUT)
print("fresh tcp", poll_names(p, {t.fileno(): "t"}))
t.close()

# select() with pipes and sockets, all three lists
r, w = os.pipe()
a, b = socket.socketpair()
rl, wl, xl = select.select([r, a], [w, b], [r, a], 0)
print("select", len(rl), wl == [w, b], xl)
os.write(w, b"z")
b.send(b"z")
rl, wl, xl = select.select([r, a], [], [], 0)
print("select readable", rl == [r, a])
rl, wl, xl = select.select([], [], [], 0.01)
print("select nothing", rl, wl, xl)
os.close(r)
os.close(w)
a.close()
b.close()

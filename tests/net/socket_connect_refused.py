# connect() to a port nobody listens on: ECONNREFUSED, blocking or not.
import errno
import select
import socket

# A port that was free a moment ago.
t = socket.socket()
t.bind(("127.0.0.1", 0))
addr = t.getsockname()
t.close()

s = socket.socket()
s.settimeout(5)
try:
    s.connect(addr)
except OSError as e:
    print(type(e).__name__, errno.errorcode[e.errno])
s.close()

print(errno.errorcode[socket.socket().connect_ex(addr)])

s = socket.socket()
s.setblocking(False)
try:
    s.connect(addr)
except OSError as e:
    print(type(e).__name__, errno.errorcode[e.errno])
p = select.poll()
p.register(s, select.POLLOUT)
ev = p.poll(5000)[0][1]
print(ev & (select.POLLOUT | select.POLLERR) != 0)
print(errno.errorcode[s.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)])
s.close()

# A peer that closes with SO_LINGER 0 resets the connection: recv() raises
# ECONNRESET, and poll() reports it (POLLHUP/POLLERR/POLLIN), no hang.
import errno
import select
import socket
import sys

srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen(1)
c = socket.socket()
c.settimeout(5)
c.connect(srv.getsockname())
a, _ = srv.accept()
a.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, (1).to_bytes(4, sys.byteorder) + bytes(4))
a.close()
p = select.poll()
p.register(c, select.POLLIN)
ev = p.poll(5000)[0][1]
print(ev & (select.POLLIN | select.POLLHUP | select.POLLERR) != 0)
try:
    print(c.recv(10))
except OSError as e:
    print(type(e).__name__, errno.errorcode[e.errno])
# after the error, EOF
print(c.recv(10))
c.close()
srv.close()

# A peer that closes is reported (POLLIN/POLLHUP), even with an empty mask:
# POLLHUP and POLLERR are always reported.
import select
import socket

a, b = socket.socketpair()
p = select.poll()
p.register(b, 0)
print(p.poll(0))
a.close()
res = p.poll(1000)
print(len(res), res[0][1] & select.POLLHUP != 0, res[0][1] & select.POLLIN)
p.modify(b, select.POLLIN)
ev = p.poll(1000)[0][1]
print(ev & select.POLLIN != 0, b.recv(10))
b.close()

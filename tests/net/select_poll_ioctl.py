# An object written in Python with an ioctl(MP_STREAM_POLL, mask) method can
# be polled next to real fds (MicroPython's stream protocol: .exp file).
import select
import socket

MP_STREAM_POLL = 3


class Ready:
    def __init__(self):
        self.ready = 0

    def ioctl(self, req, arg):
        if req == MP_STREAM_POLL:
            return arg & self.ready
        return -1


r = Ready()
a, b = socket.socketpair()
p = select.poll()
p.register(r, select.POLLIN)
p.register(b, select.POLLIN)
print(p.poll(0))
print(p.poll(20))
r.ready = select.POLLIN
res = p.poll(1000)
print(len(res), res[0][0] is r, res[0][1])
r.ready = 0
a.send(b"q")
res = p.poll(1000)
print(len(res), res[0][0] is b)
a.close()
b.close()

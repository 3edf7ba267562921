# sendmsg/recvmsg/recvmsg_into wait as the socket's timeout says: blocking
# calls wait for a peer that sends later, timeouts run out (TimeoutError;
# errno differs: MicroPython ETIMEDOUT, CPython None), non-blocking sockets and
# MSG_DONTWAIT raise BlockingIOError at once; closed sockets EBADF.
import socket
import threading
import time

a, b = socket.socketpair()


def later(data, delay=0.05):
    def run():
        time.sleep(delay)
        a.sendmsg(data)
    t = threading.Thread(target=run)
    t.start()
    return t


t = later([b"wait", b"ed"])
data, anc, flags, addr = b.recvmsg(100)
t.join()
print("blocking recvmsg", data, anc, flags)

t = later([b"into"])
buf = bytearray(8)
n, anc, flags, addr = b.recvmsg_into([memoryview(buf)[:2], buf[2:]])
t.join()
print("blocking recvmsg_into", n, bytes(buf[:2]))

b.settimeout(0.05)
for name, call in (("recvmsg", lambda: b.recvmsg(10)),
                   ("recvmsg_into", lambda: b.recvmsg_into([bytearray(4)])),
                   ("recvmsg peek", lambda: b.recvmsg(10, 0, socket.MSG_PEEK))):
    try:
        call()
    except OSError as e:
        print(name, "timeout:", type(e).__name__, isinstance(e, TimeoutError))

b.settimeout(2)
t = later([b"in time"])
print("timeout met", b.recvmsg(100)[0])
t.join()

b.setblocking(False)
try:
    b.recvmsg(10)
except OSError as e:
    print("non-blocking", type(e).__name__)
b.setblocking(True)
try:
    b.recvmsg(10, 0, socket.MSG_DONTWAIT)
except OSError as e:
    print("dontwait", type(e).__name__)
print("still blocking", b.gettimeout())

a.sendmsg([b"peek"])
print(b.recvmsg(10, 0, socket.MSG_PEEK)[0], b.recvmsg(10)[0])

# a full send buffer: sendmsg with a timeout runs out
a.settimeout(0.05)
chunk = b"x" * 65536
try:
    for _ in range(1000):
        a.sendmsg([chunk])
except OSError as e:
    print("full", type(e).__name__)
a.close()
for name, call in (("sendmsg", lambda: a.sendmsg([b"x"])),
                   ("recvmsg", lambda: a.recvmsg(1)),
                   ("recvmsg_into", lambda: a.recvmsg_into([bytearray(1)]))):
    try:
        call()
    except OSError as e:
        print(name, "closed:", e.errno)
b.close()

# recv_into / recvfrom_into with nbytes and flags, into bytearray, memoryview
# slices and array; shutdown modes on stream sockets; dup() and detach().
import array
import errno
import socket

def err(label, f):
    try:
        print(label, "->", f())
    except OSError as e:
        print(label, "OSError", errno.errorcode.get(e.errno, e.errno))
    except (TypeError, ValueError, OverflowError) as e:
        print(label, type(e).__name__)

a, b = socket.socketpair()
a.sendall(b"0123456789abcdef")
buf = bytearray(8)
print(b.recv_into(buf, 3), buf)
print(b.recv_into(buf, 0), buf)  # 0: the whole buffer
mv = memoryview(buf)
print(b.recv_into(mv[2:4]), buf)
a.sendall(b"XYZ")
arr = array.array("b", [0] * 4)
print(b.recv_into(arr, 2), list(arr))
print(b.recv_into(buf, 2, socket.MSG_PEEK), buf)
print(b.recv_into(buf, 1), buf)
err("nbytes > len", lambda: b.recv_into(bytearray(2), 3))
err("nbytes < 0", lambda: b.recv_into(bytearray(2), -1))
err("bytes buffer", lambda: b.recv_into(b"abc"))
err("str buffer", lambda: b.recv_into("abc"))
err("nbytes str", lambda: b.recv_into(bytearray(2), "1"))
a.close()
print("at eof", b.recv_into(bytearray(4)))
b.close()

# datagrams
u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u1.bind(("127.0.0.1", 0))
u2.bind(("127.0.0.1", 0))
u2.sendto(b"datagram-one", u1.getsockname())
buf = bytearray(20)
n, addr = u1.recvfrom_into(buf, 4)
print(n, buf[:n], addr == u2.getsockname())  # the rest is dropped
u2.sendto(b"two", u1.getsockname())
n, addr = u1.recvfrom_into(memoryview(buf)[10:])
print(n, bytes(buf[10:10 + n]), addr == u2.getsockname())
u2.sendto(b"three", u1.getsockname())
n, addr = u1.recvfrom_into(buf, 0, socket.MSG_PEEK)
print("peek", n, bytes(buf[:n]))
print("then", u1.recvfrom(100)[0])
err("recvfrom_into too big", lambda: u1.recvfrom_into(bytearray(1), 5))
u1.close()
u2.close()

# shutdown
a, b = socket.socketpair()
a.shutdown(socket.SHUT_WR)
print("peer sees eof", b.recv(5))
b.send(b"still")
print("other way", a.recv(5))
b.shutdown(socket.SHUT_RD)
err("send after SHUT_WR", lambda: a.send(b"x"))
a.shutdown(socket.SHUT_RDWR)
print("after RDWR", a.recv(5))
err("bad how", lambda: b.shutdown(7))
err("how str", lambda: b.shutdown("x"))
a.close()
b.close()
err("shutdown closed", lambda: a.shutdown(socket.SHUT_RDWR))
t = socket.socket()
err("shutdown unconnected", lambda: t.shutdown(socket.SHUT_RDWR))
t.close()

# dup and detach
a, b = socket.socketpair()
a.settimeout(3)
d = a.dup()
print("dup", d.fileno() != a.fileno(), d.family == a.family, d.type == a.type, d.gettimeout())
a.close()
d.send(b"via dup")
print(b.recv(10))
fd = d.detach()
print("detached", d.fileno(), fd >= 0)
err("use detached", lambda: d.send(b"x"))
d.close()  # does nothing
e = socket.socket(fileno=fd)
print("adopted", e.family == socket.AF_UNIX, e.type == socket.SOCK_STREAM)
e.send(b"again")
print(b.recv(10))
e.close()
print("eof", b.recv(10))
b.close()
f = socket.socket()
fd = f.detach()
g = socket.fromfd(fd, socket.AF_INET, socket.SOCK_STREAM)
print("fromfd", g.family == socket.AF_INET, g.fileno() != fd)
g.close()
socket.close(fd)
err("close twice", lambda: socket.close(fd))

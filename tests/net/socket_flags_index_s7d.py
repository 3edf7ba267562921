# Integer arguments of socket methods (flags, levels, option names) accept
# objects with __index__, as CPython's; floats, strings and out-of-range
# values are refused.
import socket


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


a, b = socket.socketpair()
print(a.send(b"ab", Idx(0)))
print(a.sendall(b"cd", Idx(0)))
print(b.recv(10, Idx(0)))
print(a.sendmsg([b"ef"], [], Idx(0)))
buf = bytearray(4)
print(b.recv_into(buf, 0, Idx(0)), buf)
print(a.send(b"g", False))
print(b.recv(1, socket.MSG_PEEK), b.recv(1, Idx(int(socket.MSG_PEEK))), b.recv(1))
print(a.getsockopt(Idx(socket.SOL_SOCKET), Idx(socket.SO_TYPE)) == socket.SOCK_STREAM)
a.setsockopt(Idx(socket.SOL_SOCKET), Idx(socket.SO_SNDBUF), 65536)
print(a.getsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF) > 0)
for bad in (1.5, "0", None, Idx(1.5), Idx(2**31), 2**31, -2**31 - 1, 2**100, Idx(-2**100)):
    try:
        a.send(b"x", bad)
        print("accepted", bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__)
a.close()
b.close()

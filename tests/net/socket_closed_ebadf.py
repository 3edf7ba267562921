# Every call on a closed socket raises OSError(EBADF) (fileno() is -1 and
# gettimeout() still answers, as in CPython).
import errno
import socket

s = socket.socket()
s.close()
calls = [
    ("bind", (("127.0.0.1", 0),)),
    ("listen", ()),
    ("accept", ()),
    ("connect", (("127.0.0.1", 1),)),
    ("recv", (1,)),
    ("recvfrom", (1,)),
    ("recv_into", (bytearray(1),)),
    ("send", (b"x",)),
    ("sendall", (b"x",)),
    ("sendto", (b"x", ("127.0.0.1", 1))),
    ("shutdown", (socket.SHUT_RDWR,)),
    ("getsockname", ()),
    ("getpeername", ()),
    ("setsockopt", (socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)),
    ("getsockopt", (socket.SOL_SOCKET, socket.SO_REUSEADDR)),
    ("settimeout", (1,)),
    ("setblocking", (False,)),
]
for name, args in calls:
    try:
        getattr(s, name)(*args)
        print(name, "no error")
    except OSError as e:
        print(name, type(e).__name__, errno.errorcode[e.errno])
print("fileno", s.fileno())
print("gettimeout", s.gettimeout())
s.close()
print("close again ok")

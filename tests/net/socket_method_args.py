# Wrong argument counts and types for each method: TypeError, never a crash.
import socket

s = socket.socket()
cases = [
    ("bind", ()), ("bind", (1,)), ("bind", (("127.0.0.1", 0), 1)),
    ("listen", (1, 2)), ("accept", (1,)),
    ("connect", ()), ("connect", (1,)),
    ("recv", ()), ("recv", ("x",)), ("recv", (1, "x")),
    ("recvfrom", ()), ("recv_into", ()), ("recv_into", (1,)),
    ("send", ()), ("send", (1,)), ("send", (b"x", "y")),
    ("sendall", ()), ("sendall", (1,)),
    ("sendto", (b"x",)), ("sendto", (b"x", 1, 2, 3)), ("sendto", (1, ("127.0.0.1", 9))),
    ("shutdown", ()), ("getsockname", (1,)), ("getpeername", (1,)),
    ("setsockopt", (1,)), ("getsockopt", (1,)),
    ("settimeout", ()), ("setblocking", ()), ("gettimeout", (1,)),
    ("fileno", (1,)), ("close", (1,)), ("makefile", (1,)),
]
for name, args in cases:
    try:
        getattr(s, name)(*args)
        print(name, "no error")
    except TypeError:
        print(name, "TypeError")
    except OSError:
        print(name, "OSError")
s.close()

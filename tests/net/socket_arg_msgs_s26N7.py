# More argument errors of socket functions worded as CPython's (found by a
# generated probe: every function x no args, too many, str, float, None, -1,
# 2**70); the message is the point, so it is printed.
import socket

s = socket.socket()
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
calls = [
    # the address text is checked before anything else is read
    ("inet_pton float", lambda: socket.inet_pton(socket.AF_INET, 1.5)),
    ("inet_pton None", lambda: socket.inet_pton(socket.AF_INET, None)),
    ("inet_pton bytes", lambda: socket.inet_pton(socket.AF_INET, b"1.2.3.4")),
    ("inet_pton bad family, int", lambda: socket.inet_pton(12345, 7)),
    # not a tuple vs a tuple of the wrong size
    ("getnameinfo int", lambda: socket.getnameinfo(0, 0)),
    ("getnameinfo list", lambda: socket.getnameinfo(["127.0.0.1", 80], 0)),
    ("getnameinfo ()", lambda: socket.getnameinfo((), 0)),
    ("getnameinfo 5-tuple", lambda: socket.getnameinfo(("::1", 1, 2, 3, 4), 0)),
    # type=None is no default (family=None is)
    ("socketpair type None", lambda: socket.socketpair(socket.AF_UNIX, None)),
    ("socketpair proto None", lambda: socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM, None)),
    # ints beyond a C long, read as one first
    ("getsockopt big level", lambda: s.getsockopt(2**70, 1)),
    ("getsockopt -big opt", lambda: s.getsockopt(socket.SOL_SOCKET, -(2**70))),
    ("listen big", lambda: s.listen(2**70)),
    ("recv big flags", lambda: s.recv(1, 2**70)),
    ("getservbyport big", lambda: socket.getservbyport(2**70)),
    ("getaddrinfo big family", lambda: socket.getaddrinfo("127.0.0.1", 80, 2**70)),
    # and within a C long but not a C int
    ("getsockopt 2**40", lambda: s.getsockopt(2**40, 1)),
    ("listen -2**40", lambda: s.listen(-(2**40))),
]
for label, f in calls:
    try:
        r = f()
        print(label, "->", type(r).__name__)
    except (TypeError, OverflowError, ValueError) as e:
        print(label, type(e).__name__, e)
    except OSError as e:
        print(label, "OSError", e.errno)
# the right calls still work
a, b = socket.socketpair(None)
print(a.family == socket.AF_UNIX, socket.getnameinfo(("127.0.0.1", 80), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
for x in (a, b, s, u):
    x.close()

# Integer arguments that a C int cannot hold (flags, levels, option names,
# family/type/proto, how) raise OverflowError, as in CPython, instead of
# being silently cut to 32 bits.
import socket

s = socket.socket()
tests = [
    (s.shutdown, (2**40,)),
    (s.shutdown, (-2**40,)),
    (s.setsockopt, (2**31, 1, 1)),
    (s.getsockopt, (1, -2**31 - 1)),
    (s.recv, (1, 2**32)),
    (s.send, (b"x", 2**100)),
    (s.sendto, (b"", 2**40, ("127.0.0.1", 1))),
    (socket.socket, (2**32,)),
    (socket.socket, (socket.AF_INET, 2**70)),
    (socket.socketpair, (-2**70,)),
    (socket.inet_pton, (2**33, "1.2.3.4")),
    (socket.inet_ntop, (2**33, b"1234")),
    (socket.getnameinfo, (("127.0.0.1", 80), 2**40)),
]
for f, args in tests:
    try:
        f(*args)
        print("no error")
    except OverflowError:
        print("OverflowError")
s.close()

# Bad IPv4 address tuples: wrong shape or type is TypeError, a port outside
# 0..65535 OverflowError, a bad host an OSError; never a crash.
import socket

s = socket.socket()


def check(addr):
    try:
        s.bind(addr)
        print("ok")
    except OverflowError:
        print("OverflowError")
    except TypeError:
        print("TypeError")
    except (OSError, ValueError):
        # CPython: UnicodeError (a ValueError) for some names
        print("error")


check(["127.0.0.1", 0])
check(("127.0.0.1",))
check(("127.0.0.1", 0, 0))
check(("127.0.0.1", -1))
check(("127.0.0.1", 65536))
check(("127.0.0.1", 2**70))
check(("127.0.0.1", "80"))
check(("127.0.0.1", None))
check((None, 0))
check((127, 0))
check(("a" * 1000, 0))
check(("1.2.3.4.5", 0))
check(("300.1.1.1", 0))
check(("::1", 0))
check("127.0.0.1:80")
check(None)
s.close()
for args in ((), (1, 2)):
    try:
        socket.socket().connect(*args)
    except TypeError:
        print("TypeError")

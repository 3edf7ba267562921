# setsockopt()/getsockopt() errors: wrong sizes, levels, types, counts.
import errno
import socket

s = socket.socket()
def check(f, *args):
    try:
        f(*args)
        print("no error")
    except OSError as e:
        print(type(e).__name__, errno.errorcode.get(e.errno, e.errno))
    except (TypeError, ValueError) as e:
        print(type(e).__name__)

check(s.setsockopt, socket.SOL_SOCKET, socket.SO_REUSEADDR, b"\x01")
check(s.setsockopt, socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00")
check(s.setsockopt, socket.SOL_SOCKET, 12345, 1)
check(s.setsockopt, 12345, 1, 1)
check(s.setsockopt, socket.SOL_SOCKET, socket.SO_REUSEADDR, None)
check(s.setsockopt, socket.SOL_SOCKET, socket.SO_REUSEADDR, "1")
check(s.setsockopt, socket.SOL_SOCKET, socket.SO_REUSEADDR)
check(s.setsockopt, "a", socket.SO_REUSEADDR, 1)
check(s.getsockopt, socket.SOL_SOCKET, socket.SO_REUSEADDR, 100000)
check(s.getsockopt, socket.SOL_SOCKET, socket.SO_REUSEADDR, -1)
check(s.getsockopt, socket.SOL_SOCKET, 12345)
check(s.getsockopt, socket.SOL_SOCKET)
check(s.getsockopt, socket.SOL_SOCKET, socket.SO_REUSEADDR, 4, 5)
s.close()

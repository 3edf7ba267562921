# AF_UNIX stream sockets between two processes. On Linux an abstract name
# (leading NUL byte) needs no file; elsewhere a path is used and removed.
import os
import sys

# Both instances are started by the same runner process: its pid keeps two
# suites running at once on one machine from meeting at the same name.
if sys.platform == "linux":
    ADDR = b"\x00micropython-multi-net-unix-stream-%d" % os.getppid()
else:
    ADDR = "unix_stream-%d.tmp-test" % os.getppid()


def cleanup():
    if isinstance(ADDR, str):
        try:
            os.unlink(ADDR)
        except OSError:
            pass


def instance0():
    import socket

    cleanup()
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.bind(ADDR)
    s.listen(1)
    multitest.next()
    c, addr = s.accept()
    c.settimeout(10)
    print(c.recv(100))
    c.sendall(b"pong over AF_UNIX")
    c.close()
    s.close()
    cleanup()


def instance1():
    import socket

    multitest.next()
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.settimeout(10)
    s.connect(ADDR)
    print(s.getpeername() == ADDR)
    s.sendall(b"ping over AF_UNIX")
    print(s.recv(100))
    s.close()

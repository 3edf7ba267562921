# getsockopt() on a closed socket: a buflen out of range is reported before
# the closed fd, as CPython does (found by tools/fuzz/diffsock.py); a good
# one gives EBADF in both forms.
import errno
import socket


def show(label, fn):
    try:
        print(label, fn())
    except OSError as e:
        print(label, type(e).__name__, errno.errorcode.get(e.errno, e.errno))


s = socket.socket()
s.close()
for buflen in (-1, 2000, 1025):
    show("buflen %d" % buflen, lambda: s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, buflen))
show("int form", lambda: s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR))
show("bytes form", lambda: s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 4))
show("zero", lambda: s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 0))
s = socket.socket()
show("open -1", lambda: s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, -1))
show("open 4", lambda: len(s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 4)))
s.close()

# socket.sendfile() checks the file's mode, the socket's type and the count
# first (ValueError/TypeError), and the offset only where it is used: a bad
# offset is a TypeError once there is something to send, and nothing at all
# for an empty file (CPython's socket.py).
import os
import socket

path = "/tmp/sendfile_arg_order_s29N9_%d" % os.getpid()
a, b = socket.socketpair()
b.setblocking(False)
u = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
try:
    for size in (0, 10):
        with open(path, "wb") as f:
            f.write(b"x" * size)
        for mode in ("rb", "r"):
            for args in (("x",), (1.5,), (-1,), (2,), (0, 3), (0, 0), (0, "x"), (2**70,), ("x", -1)):
                for sock in (a, u):
                    with open(path, mode) as f:
                        try:
                            r = sock.sendfile(f, *args)
                            print(size, mode, args, r, f.tell())
                        except Exception as e:
                            print(size, mode, args, type(e).__name__, f.tell())
                try:
                    print(" got", len(b.recv(100)))
                except OSError as e:
                    print(" got", type(e).__name__)
finally:
    os.remove(path)
    a.close()
    b.close()
    u.close()

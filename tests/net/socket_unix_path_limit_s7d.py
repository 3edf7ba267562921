# An AF_UNIX path must leave room for its terminating NUL in sun_path (107
# bytes on Linux, 103 on macOS), as in CPython; a longer one is refused
# before the kernel sees it. A Linux abstract name (leading NUL) may fill it.
import os
import socket
import sys

base = "u%d_" % os.getpid()
for n in range(100, 111):
    name = base + "p" * (n - len(base))
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        s.bind(name)
        print(n, "bound", len(s.getsockname()))
        os.unlink(name)
    except OSError as e:
        print(n, "OSError", e.args[-1])
    s.close()
if sys.platform == "linux":
    for n in (107, 108, 109):
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            s.bind(b"\0" + b"a" * (n - 1))
            print("abstract", n, "bound", len(s.getsockname()))
        except OSError as e:
            print("abstract", n, "OSError", e.args[-1])
        s.close()

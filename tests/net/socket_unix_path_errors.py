# AF_UNIX addresses: a too-long path is an OSError, a wrong type TypeError.
import socket

s = socket.socket(socket.AF_UNIX)
for addr in ("x" * 200, b"y" * 200, 12, ("a", 1), None):
    try:
        s.bind(addr)
        print("ok")
    except OSError:
        print("OSError")
    except TypeError:
        print("TypeError")
try:
    s.connect("socket_unix_path_errors.no-such-file")
except OSError as e:
    print(type(e).__name__)
s.close()

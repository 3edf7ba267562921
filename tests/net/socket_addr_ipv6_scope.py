# An IPv6 scope id outside 0..2**32-1 is an OverflowError (CPython silently
# wraps -1 to 2**32-1 and 2**40 to 0: hence the .exp file).
import socket

for scope in (-1, 2**32, 2**40):
    s = socket.socket(socket.AF_INET6)
    try:
        s.bind(("::1", 0, 0, scope))
        print(scope, "ok")
    except OverflowError:
        print(scope, "OverflowError")
    s.close()

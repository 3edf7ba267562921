# settimeout() with bad values.
import socket

s = socket.socket()
for v in (-1, -0.5, float("nan"), "1", [], 1e100, 1e9, 0.25):
    try:
        s.settimeout(v)
        print(repr(v), "ok", s.gettimeout() == v)
    except ValueError:
        print(repr(v), "ValueError")
    except TypeError:
        print(repr(v), "TypeError")
    except OverflowError:
        print(repr(v), "OverflowError")
for args in ((), (1, 2)):
    try:
        s.settimeout(*args)
    except TypeError:
        print(len(args), "TypeError")
s.close()

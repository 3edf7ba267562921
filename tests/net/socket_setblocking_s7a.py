# setblocking() takes an int or bool flag, as CPython: None, floats and strings
# are a TypeError (None used to be taken as False and made the socket
# non-blocking). Also checks the spec's timeout/blocking round trips.
import socket

s = socket.socket()
for v in [None, 1.5, "x", [], True, False, 1, 0, 2]:
    try:
        s.setblocking(v)
        print(repr(v), s.gettimeout())
    except TypeError:
        print(repr(v), "TypeError", s.gettimeout())
s.settimeout(0.25)
print(s.gettimeout())
try:
    s.setblocking(None)
except TypeError:
    print("None rejected, timeout kept", s.gettimeout())
for v in [-1, "x"]:
    try:
        s.settimeout(v)
    except (TypeError, ValueError) as e:
        print(repr(v), type(e).__name__, s.gettimeout())
s.close()
try:
    s.setblocking(True)
except OSError as e:
    print("closed", e.errno == 9)

# inet_ntop() with an unknown family raises OSError(EAFNOSUPPORT) as
# spec/socket.md says (CPython raises ValueError: hence the .exp file).
import errno
import socket

try:
    socket.inet_ntop(12345, b"1234")
except OSError as e:
    print(type(e).__name__, errno.errorcode[e.errno])

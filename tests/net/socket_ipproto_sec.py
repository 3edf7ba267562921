# IPPROTO_SEC (100, WiPy's value) asks for TLS; without the ssl module the
# socket is refused with EPROTONOSUPPORT, never made as plain TCP
# (MicroPython-only constant: .exp file).
import errno
import socket

print(socket.IPPROTO_SEC)
try:
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_SEC)
    print("made")
except OSError as e:
    print(type(e).__name__, errno.errorcode[e.errno], "TLS" in str(e))

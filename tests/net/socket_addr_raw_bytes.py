# A raw struct sockaddr in a bytes object is taken as an address (older
# MicroPython code passes those; MicroPython-only: .exp file).
import socket
import sys

srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen(1)
port = srv.getsockname()[1]
# struct sockaddr_in: family (2 bytes; on BSDs a length byte then a family
# byte), port (big-endian), address, 8 bytes of zero.
if sys.platform == "darwin":
    head = bytes([16, socket.AF_INET])
else:
    head = socket.AF_INET.to_bytes(2, sys.byteorder)
raw = head + port.to_bytes(2, "big") + bytes([127, 0, 0, 1]) + bytes(8)
c = socket.socket()
c.settimeout(5)
c.connect(raw)
a, addr = srv.accept()
print(addr == c.getsockname())
for bad in (b"", b"x" * 1000):
    try:
        socket.socket().connect(bad)
    except (OSError, ValueError) as e:
        print(type(e).__name__)
a.close()
c.close()
srv.close()

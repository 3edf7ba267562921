# setsockopt() with a bytes value and getsockopt(level, opt, buflen) -> bytes.
import socket
import sys


def i32(v):
    return v.to_bytes(4, sys.byteorder)


s = socket.socket()
s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, i32(1) + i32(7))
raw = s.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER, 8)
print(len(raw), int.from_bytes(raw[:4], sys.byteorder) != 0, int.from_bytes(raw[4:], sys.byteorder))
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, i32(1))
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, bytearray(i32(0)))
raw = s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 4)
print(type(raw).__name__, raw)
s.close()

# repr() names the socket and its fd; family/type/proto attributes.
import socket

s = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
r = repr(s)
print(r.startswith("<socket"), ("fd=%d" % s.fileno()) in r, "family=" in r, "type=" in r)
print(s.family == socket.AF_INET6, s.type == socket.SOCK_DGRAM, s.proto)
print(int(s.family), int(s.type))
s.close()
print("fd=-1" in repr(s))
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
print(s.proto == socket.IPPROTO_TCP)
s.close()

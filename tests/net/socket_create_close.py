# socket(): an fd that close() releases once; close() again does nothing.
import socket

s = socket.socket()
print(s.fileno() >= 0)
print(s.family == socket.AF_INET, s.type == socket.SOCK_STREAM, s.proto)
s.close()
print(s.fileno())
s.close()
print(s.fileno())

u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print(u.type == socket.SOCK_DGRAM)
u.close()

# keyword arguments as CPython
k = socket.socket(family=socket.AF_INET6, type=socket.SOCK_DGRAM)
print(k.family == socket.AF_INET6, k.type == socket.SOCK_DGRAM)
k.close()

# Sockets that become garbage are closed by the collector: their fds come
# back (the lowest free fd is reused), and many more sockets than the fd
# limit can be made without close().
import gc
import socket

probe = socket.socket()
base = probe.fileno()
probe.close()
for i in range(3000):
    s = socket.socket()
s = None
gc.collect()
gc.collect()
probe = socket.socket()
print(probe.fileno() - base < 8)
probe.close()

def connected():
    a, b = socket.socketpair()
    a.send(b"x")
for i in range(1500):
    connected()
gc.collect()
probe = socket.socket()
print(probe.fileno() - base < 8)
probe.close()

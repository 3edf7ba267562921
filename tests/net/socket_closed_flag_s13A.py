# CPython's socket attributes that its own tests and some wrappers use:
# _closed (True after close() or detach(), also for a socket that never got
# an fd) and _sendfile_use_send(), the send()-based sendfile.
import socket, io, os

s = socket.socket()
print(s._closed)
s.close()
print(s._closed)
s.close()
print(s._closed)

s = socket.socket()
fd = s.detach()
print(s._closed, fd >= 0)
os.close(fd)

with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
    print(s._closed)
print(s._closed)

a, b = socket.socketpair()
data = bytes(range(256)) * 40
f = io.BytesIO(data)
print(a._sendfile_use_send(f, 5, 1000), f.tell())
got = b''
while len(got) < 1000:
    got += b.recv(4096)
print(got == data[5:1005])
a.close()
b.close()
print(a._closed, b._closed)

# Binding a port that another socket is listening on: EADDRINUSE.
import errno
import socket

a = socket.socket()
a.bind(("127.0.0.1", 0))
a.listen(1)
b = socket.socket()
try:
    b.bind(a.getsockname())
    b.listen(1)
    print("no error")
except OSError as e:
    print(type(e).__name__, errno.errorcode[e.errno])
b.close()
a.close()

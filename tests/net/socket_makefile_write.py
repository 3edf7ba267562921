# makefile('wb'): write() sends all of it; flush() is allowed.
import socket

a, b = socket.socketpair()
b.settimeout(5)
w = a.makefile("wb")
print(w.write(b"hello "))
print(w.write(bytearray(b"world\n")))
w.flush()
print(b.recv(100))
w.close()
a.close()
b.close()

# recv_into(buffer[, nbytes[, flags]]) fills a writable buffer.
import socket

a, b = socket.socketpair()
a.send(b"0123456789")
buf = bytearray(4)
print(b.recv_into(buf), buf)
buf = bytearray(10)
print(b.recv_into(buf, 3), buf)
mv = memoryview(buf)
print(b.recv_into(mv[5:], 0, socket.MSG_PEEK), buf)
print(b.recv_into(buf), buf)
for bad in ((bytearray(2), 5), (bytearray(2), -1)):
    try:
        b.recv_into(*bad)
    except ValueError:
        print("ValueError")
try:
    b.recv_into(b"immutable")
except TypeError:
    print("TypeError")
a.close()
b.close()

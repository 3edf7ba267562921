# A datagram socket shut down for reading polls ready while recv keeps
# failing with EAGAIN: with a timeout, every receive must still time out
# (found by the fuzzer: they looped for ever).
import socket

a, b = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
b.settimeout(0.1)
b.shutdown(socket.SHUT_RDWR)
for f in (lambda: b.recv(100), lambda: b.recvmsg(100), lambda: b.recvmsg(100, 16),
          lambda: b.recv_into(bytearray(5)), lambda: b.recvfrom(10)):
    try:
        print(f())
    except OSError as e:
        print(type(e).__name__)
a.close()
b.close()

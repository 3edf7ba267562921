# recv_into, recvfrom_into and recvmsg_into given a buffer they cannot write
# to: a TypeError in CPython's words (the message is what this test checks,
# so it prints it).
import socket

a, b = socket.socketpair()
calls = (
    ("recv_into", a.recv_into),
    ("recvfrom_into", a.recvfrom_into),
    ("recvmsg_into", lambda x: a.recvmsg_into([x])),
)
for name, f in calls:
    for x in (b"abc", "abc", 5, None):
        try:
            f(x)
            print(name, "no error")
        except TypeError as e:
            print(name, e)
# A read-only buffer given to sendmsg keeps the usual bytes-like message.
try:
    a.sendmsg([5])
except TypeError as e:
    print("sendmsg", e)
# A writable buffer still works.
b.send(b"hi")
buf = bytearray(4)
print(a.recv_into(buf), buf)
a.close()
b.close()

# The call forms of MicroPython's socket reference (socket-reference.zh.md)
# that CPython lacks, hence the .exp file: the stream methods on the socket
# itself (read([size]), readinto(buf[, nbytes]), readline(), write(buf)),
# the settimeout()-free select.poll idiom, and the documented examples.
import select
import socket

print(socket.inet_ntop(socket.AF_INET, b"\x7f\0\0\1"))
print(socket.inet_pton(socket.AF_INET, "1.2.3.4"))

srv = socket.socket()
srv.bind(socket.getaddrinfo("127.0.0.1", 0)[0][-1])
srv.listen()
port = srv.getsockname()[1]
s = socket.socket()
s.connect(socket.getaddrinfo("127.0.0.1", port, 0, socket.SOCK_STREAM)[0][-1])
conn, addr = srv.accept()
print("accepted", addr == s.getsockname())

print("write", s.write(b"0123456789AB"))
buf = bytearray(8)
print("readinto nbytes", conn.readinto(buf, 3), buf)
print("readinto", conn.readinto(buf), buf)
s.write(b"CDEFGHIJ")
print("readinto big nbytes", conn.readinto(buf, 20), buf)
s.write(b"line 1\nline 2\nrest")
print(conn.readline(), conn.readline())
print("read(size)", conn.read(2))

# instead of settimeout: poll with a timeout in milliseconds
poller = select.poll()
poller.register(conn, select.POLLIN)
print("ready", poller.poll(1000)[0][0] is conn)
print(conn.read(2))
res = poller.poll(50)
if not res:
    print("not ready: timed out")

# write on a blocking socket never writes short
big = b"z" * 300000
s.settimeout(10)
conn.setblocking(False)
got = 0
total = 0
while total < len(big):
    n = s.write(big[total:total + 65536])
    total += n
    while True:
        part = conn.read(1 << 20)
        if part is None:
            break
        got += len(part)
print("no short writes", total, got <= total)
s.close()
conn.setblocking(True)
while True:
    part = conn.read(1 << 20)
    if not part:
        break
    got += len(part)
print("all arrived", got)
# read() with no size reads to EOF
conn.close()
srv.close()
a, b = socket.socketpair()
b.write(b"to the end")
b.close()
print(a.read())
a.close()
try:
    socket.error
except AttributeError:
    print("no socket.error")

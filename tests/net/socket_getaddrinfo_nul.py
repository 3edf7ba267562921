# A host or port containing NUL fails like an unknown name instead of being
# cut short at the NUL (CPython looks up "127.0.0.1" for "127.0.0.1\0junk":
# hence the .exp file). The same for address tuples.
import socket

for host in ("127.0.0.1\x00junk", "\x00", b"localhost\x00"):
    try:
        socket.getaddrinfo(host, 80)
        print("ok")
    except OSError as e:
        print(type(e).__name__, e.errno == socket.EAI_NONAME)
try:
    socket.getaddrinfo("127.0.0.1", "80\x00")
except OSError as e:
    print(type(e).__name__, e.errno == socket.EAI_SERVICE)
s = socket.socket()
try:
    s.bind(("127.0.0.1\x00", 0))
except TypeError:
    print("TypeError")
s.close()

# A host name inside an address tuple is refused, not looked up: use
# getaddrinfo() (spec/socket.md; CPython resolves it: hence the .exp file).
import socket

s = socket.socket()
try:
    s.connect(("localhost", 1))
except OSError as e:
    print(type(e).__name__, e.errno == socket.EAI_NONAME)
try:
    s.bind(("localhost", 0))
except OSError as e:
    print(type(e).__name__, e.errno == socket.EAI_NONAME)
# numeric forms that inet_pton does not take still work
s.bind(("127.1", 0))
print(s.getsockname()[0])
s.close()

# bind() to port 0 picks a free port that getsockname() reports.
import socket

s = socket.socket()
print(s.getsockname())
s.bind(("127.0.0.1", 0))
host, port = s.getsockname()
print(host, 0 < port < 65536)
s.close()

# '' means any address, as in CPython
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(("", 0))
print(s.getsockname()[0])
s.close()

s = socket.socket(socket.AF_INET6)
s.bind(("::1", 0))
addr = s.getsockname()
print(len(addr), addr[0], addr[2], addr[3], addr[1] > 0)
s.close()

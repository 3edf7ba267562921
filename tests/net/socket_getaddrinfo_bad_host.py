# getaddrinfo() with an empty host, a 1,000-character host or a NUL: an
# error, never a crash (NUL: see socket_getaddrinfo_nul.py).
import socket

for host in ("", "a" * 1000, "a." * 500):
    try:
        socket.getaddrinfo(host, 80, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_NUMERICHOST)
        print(len(host), "ok")
    except (OSError, ValueError) as e:
        # CPython raises UnicodeError (a ValueError) for an over-long label
        print(len(host), "error")

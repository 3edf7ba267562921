# socket() with an unknown family, type or protocol, or wrong argument
# types: OSError from the kernel, TypeError for types.
import errno
import socket

for args in ((12345,), (socket.AF_INET, 12345), (socket.AF_INET, socket.SOCK_STREAM, 12345)):
    try:
        socket.socket(*args)
        print("ok")
    except OSError as e:
        print(type(e).__name__, errno.errorcode[e.errno])
for args in (("x",), (socket.AF_INET, 1.5), (1, 2, 3, 4, 5)):
    try:
        socket.socket(*args)
    except (TypeError, ValueError) as e:
        print("TypeError or ValueError")

# recv() sizes: negative is a ValueError, 0 gives b'', huge fails cleanly.
import socket

a, b = socket.socketpair()
a.send(b"data")
for n in (-1, 0, 2**40, 2**70, "3", 1.5, None):
    try:
        print(repr(n), b.recv(n))
    except (ValueError, MemoryError) as e:
        print(repr(n), "ValueError or MemoryError")
    except OverflowError:
        print(repr(n), "OverflowError")
    except TypeError:
        print(repr(n), "TypeError")
print(b.recv(100))
for args in ((), (1, 0, 0)):
    try:
        b.recv(*args)
    except TypeError:
        print(len(args), "TypeError")
a.close()
b.close()

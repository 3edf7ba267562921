# Argument-count TypeErrors of socket methods worded as CPython's (its tuple
# parser's "(N given)", which code and CPython's own tests look for): the
# message is the point here, so it is printed.
import socket

u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
addr = ('127.0.0.1', 9)
calls = [
    ('sendto', ()), ('sendto', (b'x',)), ('sendto', (b'x', 0, addr, 1)),
    ('sendmsg', ()), ('sendmsg', ([b'x'], [], 0, addr, 5)),
    ('recvmsg', ()), ('recvmsg', (1, 2, 3, 4)),
    ('recvmsg_into', ()), ('recvmsg_into', ([bytearray(1)], 0, 0, 1)),
    ('send', ()), ('send', (b'x', 0, 1)),
    ('sendall', ()), ('sendall', (b'x', 0, 1)),
    ('recv', ()), ('recv', (1, 0, 1)),
    ('recvfrom', ()), ('recvfrom', (1, 0, 1)),
    ('recv_into', (bytearray(1), 0, 0, 1)),
    ('recvfrom_into', (bytearray(1), 0, 0, 1)),
    ('listen', (1, 2)),
    ('setsockopt', ()), ('setsockopt', (1, 2)), ('setsockopt', (1, 2, 3, 4, 5)),
    ('getsockopt', ()), ('getsockopt', (1,)), ('getsockopt', (1, 2, 3, 4)),
]
for name, args in calls:
    try:
        getattr(u, name)(*args)
        print(name, len(args), 'no error')
    except TypeError as e:
        print(name, len(args), e)
# The right counts still work.
print(u.sendto(b'ab', addr), u.sendto(b'ab', 0, addr))
print(u.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE) == socket.SOCK_DGRAM)
u.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
u.close()

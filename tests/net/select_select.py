# select.select(rlist, wlist, xlist[, timeout]) on sockets and ints.
import select
import socket

a, b = socket.socketpair()
r, w, x = select.select([b], [a], [], 0)
print(r, w == [a], x)
a.send(b"data")
r, w, x = select.select([b, a], [], [b], 1)
print(r == [b], w, x)
print(select.select([b.fileno()], [], [], 0)[0] == [b.fileno()])
print(select.select([], [], [], 0.01))
print(type(select.select([], [], [], 0)).__name__)
a.close()
r, w, x = select.select([b], [], [], 1)
print(r == [b], b.recv(10), b.recv(10))
try:
    select.select([], [], [], -1)
except ValueError:
    print("ValueError")
try:
    select.select([object()], [], [])
except TypeError:
    print("TypeError")
b.close()
try:
    select.select([b], [], [], 0)
except (OSError, ValueError) as e:
    # CPython: ValueError for fileno() -1; a closed fd number is EBADF
    print("error")

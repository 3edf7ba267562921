# select.select() takes lists (any iterable): a socket or a poll object in
# place of a list is a TypeError, as in CPython. (Our sockets iterate by
# lines, so this used to read from the socket and block forever.)
import select
import socket

a, b = socket.socketpair()
b.send(b"line\n")
p = select.poll()
for args in ((a, [], []), ([], a, []), ([], [], a), (p, [], [])):
    try:
        select.select(*args, 0)
        print("accepted")
    except TypeError:
        print("TypeError")
# The data is still there, and lists, tuples and generators still work.
print(select.select([a], (a,), (x for x in []), 0) == ([a], [a], []))
print(a.recv(10))
a.close()
b.close()

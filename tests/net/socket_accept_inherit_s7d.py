# What an accepted socket inherits: its timeout comes from
# getdefaulttimeout() (None: blocking), whatever the listener's timeout or
# blocking mode; SO_ACCEPTCONN and SO_TYPE of listeners; accept() on a
# non-blocking listener with nothing pending; MSG_PEEK/MSG_DONTWAIT; select().
import select
import socket
import time

lst = socket.socket()
print("acceptconn before", lst.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN))
lst.bind(("127.0.0.1", 0))
lst.listen(0)
print("acceptconn after", lst.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN))
print("type", lst.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE) == socket.SOCK_STREAM)
addr = lst.getsockname()

lst.settimeout(2)
c1 = socket.create_connection(addr, timeout=1)
s1, a1 = lst.accept()
print("from timeout listener", s1.gettimeout(), s1.getblocking(), c1.gettimeout())
print(a1 == c1.getsockname())

lst.setblocking(False)
try:
    lst.accept()
except OSError as e:
    print("nothing pending", type(e).__name__)
c2 = socket.create_connection(addr)
for _ in range(100):
    try:
        s2, _ = lst.accept()
        break
    except BlockingIOError:
        time.sleep(0.01)
print("from non-blocking listener", s2.gettimeout(), s2.getblocking())

socket.setdefaulttimeout(0.5)
try:
    c3 = socket.create_connection(addr)
    time.sleep(0.05)
    s3, _ = lst.accept()
    print("with default", s3.gettimeout(), c3.gettimeout(), lst.gettimeout())
finally:
    socket.setdefaulttimeout(None)
print("default back", socket.getdefaulttimeout(), socket.socket().gettimeout())

# peeking, and not waiting, on the accepted socket
c1.sendall(b"peekdata")
time.sleep(0.05)
print(s1.recv(4, socket.MSG_PEEK))
print(s1.recv(100, socket.MSG_PEEK | socket.MSG_DONTWAIT))
print(s1.recv(100))
try:
    s1.recv(10, socket.MSG_DONTWAIT)
except OSError as e:
    print("dontwait", type(e).__name__)
print("still blocking", s1.gettimeout())

r, w, x = select.select([s1], [c1], [], 0)
print("select idle", r, w == [c1], x)
c1.send(b"z")
r, w, x = select.select([s1, s2], [], [], 1)
print("select ready", r == [s1])
print(s1.recv(1))
c1.close()
r, w, x = select.select([s1], [], [], 1)
print("select eof", r == [s1], s1.recv(10))
for x in (s1, s2, s3, c2, c3, lst):
    x.close()

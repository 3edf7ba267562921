# Every blocking call honours a timeout: accept, recv, recv_into, recvfrom,
# recvfrom_into, send/sendall (peer not reading), connect (full backlog),
# read/readline/readinto. A timeout is an OSError (CPython: TimeoutError,
# which MicroPython code catches as OSError) and the socket still works.
import socket
import time

def timed(label, f, limit=0.1):
    t0 = time.time()
    try:
        r = f()
        print(label, "returned", r)
    except OSError as e:
        dt = time.time() - t0
        print(label, "timeout", isinstance(e, OSError), 0.05 <= dt < 1.5)

srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen(1)
srv.settimeout(0.1)
timed("accept", srv.accept)
print("gettimeout", srv.gettimeout())

cli = socket.socket()
cli.settimeout(2)
cli.connect(srv.getsockname())
conn, _ = srv.accept()
print("accepted timeout", conn.gettimeout())
conn.settimeout(0.1)
timed("recv", lambda: conn.recv(10))
timed("recv_into", lambda: conn.recv_into(bytearray(10)))
timed("recvfrom", lambda: conn.recvfrom(10))
timed("recvfrom_into", lambda: conn.recvfrom_into(bytearray(10)))
timed("recv peek", lambda: conn.recv(10, socket.MSG_PEEK))
timed("recv waitall", lambda: conn.recv(10, socket.MSG_WAITALL))
timed("recvmsg", lambda: conn.recvmsg(10))
# (a new file object each time: CPython's refuses to read after a timeout)
timed("makefile read", lambda: conn.makefile("rb", 0).read(5))
timed("makefile readline", lambda: conn.makefile("rb").readline())
timed("makefile readinto", lambda: conn.makefile("rwb", 0).readinto(bytearray(4)))
# data arrives before the timeout: returned
cli.sendall(b"hello\nworld")
print("after", conn.recv(6))
print("after", conn.recv(10))

# send side: the peer never reads, so the buffers fill up
conn.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 4096)
conn.settimeout(0.1)
sent = 0
try:
    while True:
        sent += conn.send(b"x" * 65536)
except OSError as e:
    print("send timeout", sent > 0)
timed("sendall", lambda: conn.sendall(b"y" * 100000))
timed("sendmsg", lambda: conn.sendmsg([b"y" * 100000]))
timed("write", lambda: conn.makefile("wb").write(b"y" * 100000) and conn.makefile("wb").flush())

# a timeout of 0 is non-blocking: EAGAIN at once, not a timeout
conn.settimeout(0)
try:
    conn.recv(1)
except OSError as e:
    print("nonblocking recv", e.errno == 11 or e.errno == 35)
cli.close()
conn.close()

# connect timing out: the listener's queue is full and it never accepts
full = socket.socket()
full.bind(("127.0.0.1", 0))
full.listen(0)
waiting = []
outcome = None
for i in range(20):
    c = socket.socket()
    c.settimeout(0.2)
    try:
        c.connect(full.getsockname())
        waiting.append(c)
    except OSError as e:
        outcome = "connect timeout"
        c.close()
        break
print(outcome or "never timed out")
for c in waiting:
    c.close()
full.close()
srv.close()

# UDP
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.bind(("127.0.0.1", 0))
u.settimeout(0.1)
timed("udp recvfrom", lambda: u.recvfrom(100))
timed("udp recv", lambda: u.recv(100))
u.sendto(b"ping", u.getsockname())
print("udp", u.recvfrom(100)[0])
u.close()

# spec/socket.md "The socket object", the MicroPython-only stream points
# (hence the .exp; CPython sockets have no read/readinto/readline/write and
# refuse str payloads): a timed-out wait raises OSError(ETIMEDOUT) from every
# receiving call; read(n) never short while blocking, read() to EOF,
# readinto(buf[, nbytes]), readline(); write(buf), write(buf, n),
# write(buf, off, n), str accepted by write/send/sendall/sendto as UTF-8; no
# short writes while blocking; non-blocking read*/write give None when
# nothing can be done, recv/send/sendall raise EAGAIN; makefile returns the
# socket, binary modes only, buffering ignored, closing it closes the socket;
# EPIPE instead of SIGPIPE; usocket/uselect/uerrno; IPPROTO_SEC = 100 refused
# with EPROTONOSUPPORT until ssl exists.
import socket, errno, select, time
def t(label, f, *a, **k):
    try:
        r = f(*a, **k)
        print(label, "->", r)
    except Exception as e:
        print(label, "!", type(e).__name__, errno.errorcode.get(e.args[0], e.args[0]) if e.args and isinstance(e.args[0], int) else "")
# design rule: every fd is O_NONBLOCK from birth (socket(), accept(),
# socketpair()), while the Python-level timeout is None (blocking)
import fcntl, os
def nb(s):
    return bool(fcntl.fcntl(s.fileno(), fcntl.F_GETFL) & os.O_NONBLOCK), s.gettimeout()
srv = socket.socket(); srv.bind(("127.0.0.1", 0)); srv.listen()
c = socket.socket(); c.connect(srv.getsockname()); conn = srv.accept()[0]
sp = socket.socketpair()
print("O_NONBLOCK", nb(srv), nb(c), nb(conn), nb(sp[0]))
conn.close(); c.close(); srv.close(); sp[0].close(); sp[1].close()
a, b = socket.socketpair()
# timeouts: ETIMEDOUT
a.settimeout(0.05)
for name, args in [("recv", (1,)), ("read", (1,)), ("readinto", (bytearray(1),)), ("readline", ()), ("recvfrom", (1,)), ("recv_into", (bytearray(1),))]:
    try:
        getattr(a, name)(*args); print(name, "no timeout?")
    except OSError as e:
        print("timeout", name, type(e).__name__, e.errno == errno.ETIMEDOUT, e.args[0] == errno.ETIMEDOUT, isinstance(e, OSError))
a.settimeout(None)
# read: no short reads
b.send(b"12345")
import _thread
def feeder():
    time.sleep(0.05); b.send(b"67890"); time.sleep(0.05); b.send(b"abc\nrest")
_thread.start_new_thread(feeder, ())
print("read(10)", a.read(10))
print("readline", a.readline())
buf = bytearray(10)
b.send(b"0123456789XYZ")
print("readinto", a.readinto(buf), buf)
print("readinto n", a.readinto(buf, 3), buf)
t("readinto immut", a.readinto, b"immutable")
t("readinto n>len", a.readinto, bytearray(2), 5)
print("read 2", a.read(2))
# write forms
print("write", a.write(b"hello"))
print("write n", a.write(b"hello", 2))
print("write off n", a.write(b"hello", 1, 3))
print("write str", a.write("\u00e9"))
print("write mv", a.write(memoryview(b"mv")))
print("write ba", a.write(bytearray(b"ba")))
t("write n>len", a.write, b"ab", 5)
t("write off>len", a.write, b"ab", 5, 1)
t("write neg n", a.write, b"ab", -1)
print("got", b.recv(100))
print("sendall str", a.sendall("x\u00e9"), b.recv(10))
print("send str", a.send("\u00e9"), b.recv(10))
u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); u1.bind(("127.0.0.1", 0))
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print("sendto str", u2.sendto("s\u00e9", u1.getsockname()), u1.recvfrom(10)[0])
u1.close(); u2.close()
# read to EOF
b.send(b"tail")
b.shutdown(socket.SHUT_WR)
print("read()", a.read())
print("read at eof", a.read(), a.read(5), a.readline(), a.readinto(bytearray(3)))
a.close(); b.close()
# big write no short
a, b = socket.socketpair()
a.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 4096)
data = b"q" * 300000
got = []
def reader():
    n = 0
    while n < len(data):
        d = b.recv(65536)
        if not d: break
        n += len(d)
    got.append(n)
_thread.start_new_thread(reader, ())
print("big write", a.write(data))
while not got: time.sleep(0.01)
print("reader got", got[0])
# nonblocking
a.setblocking(False)
print("nb read", a.read(), a.read(3), a.readinto(bytearray(2)), a.readline())
b.send(b"par"); select.select([a], [], [], 2)
print("nb partial read", a.read(10))
b.send(b"no newline"); select.select([a], [], [], 2)
print("nb readline", a.readline())
t("nb recv", a.recv, 1)
t("nb recvfrom", a.recvfrom, 1)
n = 0
while True:
    r = a.write(b"w" * 65536)
    if r is None: break
    n += r
print("nb write None", n > 0, a.write(b"x"))
t("nb send full", a.send, b"x")
t("nb sendall full", a.sendall, b"x" * 10)
a.close(); b.close()
# makefile
a, b = socket.socketpair()
for m in ["rb", "wb", "rwb", "r", "w", "rw", "x", "b"]:
    try:
        f = a.makefile(m); print("makefile", m, "ok", f is a)
    except Exception as e:
        print("makefile", m, type(e).__name__)
f = a.makefile()
print("default mode ok", f is a or hasattr(f, "read"))
f2 = a.makefile("rwb", 0)
f3 = a.makefile("rb", 1024)
b.send(b"line1\nline2\n")
print(f2.readline(), f3.readline() if f3 is a else "buffered")
f2.write(b"back"); print(b.recv(10))
f2.close()
print("closed via file", a.fileno())
t("kw mode", a.makefile, mode="rb")
b.close()
# EPIPE
a, b = socket.socketpair()
b.close()
try:
    for i in range(10):
        a.send(b"x" * 1000)
    print("no epipe")
except OSError as e:
    print("EPIPE", e.errno == errno.EPIPE, e.errno)
a.close()
import usocket, uselect, uerrno
print("aliases", usocket is socket, uselect is select, uerrno is errno)
print("IPPROTO_SEC", socket.IPPROTO_SEC)
try:
    socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_SEC); print("made")
except OSError as e:
    print("SEC", e.errno == errno.EPROTONOSUPPORT, e.args)
try:
    import ssl; print("ssl exists", hasattr(ssl, "wrap_socket"))
except ImportError:
    print("no ssl")

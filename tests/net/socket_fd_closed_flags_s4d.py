# Sockets whose fd is closed behind their back, creation flags in the type,
# and fd inheritance, compared with CPython: close() then reports EBADF once,
# settimeout()/setblocking() report it, connect_ex() returns it;
# SOCK_NONBLOCK/SOCK_CLOEXEC are not part of .type (and SOCK_NONBLOCK makes
# the socket non-blocking); get_inheritable()/set_inheritable().
import errno
import os
import socket

def err(label, f):
    try:
        print(label, "->", f())
    except OSError as e:
        print(label, "OSError", errno.errorcode.get(e.errno, e.errno))
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__)

s = socket.socket()
os.close(s.fileno())
err("settimeout", lambda: s.settimeout(1))
err("setblocking", lambda: s.setblocking(False))
err("close", s.close)
err("close again", s.close)
err("connect_ex closed", lambda: s.connect_ex(("127.0.0.1", 1)))
err("connect_ex closed bad addr", lambda: s.connect_ex(("127.0.0.1",)))

s = socket.socket()
socket.close(s.fileno())
try:
    with s:
        pass
    print("with: no error")
except OSError as e:
    print("with: OSError", errno.errorcode[e.errno])

s = socket.socket()
fd = s.detach()
t = socket.socket(fileno=fd)
socket.close(fd)
err("adopted close", t.close)

if hasattr(socket, "SOCK_NONBLOCK"):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM | socket.SOCK_NONBLOCK)
    print("nonblock type", s.type == socket.SOCK_STREAM, s.gettimeout(), s.getblocking())
    err("accept", lambda: (s.bind(("127.0.0.1", 0)), s.listen(), s.accept()))
    s.close()
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC)
    print("cloexec type", s.type == socket.SOCK_DGRAM, s.gettimeout(), s.get_inheritable())
    s.close()
    a, b = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM | socket.SOCK_NONBLOCK)
    print("pair", a.type == socket.SOCK_STREAM, a.gettimeout(), b.gettimeout())
    a.close()
    b.close()
else:
    print("no SOCK_NONBLOCK")

s = socket.socket()
print("inheritable", s.get_inheritable())
s.set_inheritable(True)
print("inheritable", s.get_inheritable())
d = s.dup()
print("dup inheritable", d.get_inheritable())
s.set_inheritable(False)
print("inheritable", s.get_inheritable())
a, b = socket.socketpair()
print("pair inheritable", a.get_inheritable(), b.get_inheritable())
for x in (s, d, a, b):
    x.close()
err("closed get_inheritable", s.get_inheritable)
err("closed set_inheritable", lambda: s.set_inheritable(True))

# CPython's read-only family, type, proto and timeout attributes of a socket
# (the enums print as ints here: compared through int()).
import socket


def show(tag, s):
    print(tag, int(s.family), int(s.type), s.proto, s.timeout, s.gettimeout())


s = socket.socket()
show('tcp', s)
print(s.family == socket.AF_INET, s.type == socket.SOCK_STREAM)
s.settimeout(2.5)
show('timeout', s)
s.setblocking(False)
show('nonblocking', s)
s.setblocking(True)
show('blocking', s)
for name in ('family', 'type', 'proto', 'timeout'):
    try:
        setattr(s, name, 1)
        print(name, 'set')
    except AttributeError:
        print(name, 'read-only')
print([a in dir(s) for a in ('family', 'type', 'proto', 'timeout')])
s.bind(('127.0.0.1', 0))
s.listen()
c = socket.create_connection(s.getsockname())
a, _ = s.accept()
show('accepted', a)
show('connected', c)
for x in (a, c, s):
    x.close()
show('closed', s)

u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
show('udp', u)
print(u.type == socket.SOCK_DGRAM, u.proto == 0)
u.close()
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM, socket.IPPROTO_UDP)
show('udp proto', u)
u.close()
try:
    s6 = socket.socket(socket.AF_INET6)
except OSError:
    print('ipv6', True)
else:
    print('ipv6', s6.family == socket.AF_INET6)
    s6.close()
p, q = socket.socketpair()
show('pair', p)
print(p.family == socket.AF_UNIX)
p.close()
q.close()

# connect() again on a connected socket: EISCONN after a blocking connect, as CPython's
# blocking fd gives (with a timeout CPython's fd is non-blocking too: the
# kernel reports the completion once, then EISCONN).
import socket, errno
l = socket.socket(); l.bind(('127.0.0.1', 0)); l.listen(4)
a = l.getsockname()
for to in (None, 1.0):
    s = socket.socket(); s.settimeout(to)
    print(to, s.connect(a))
    try:
        print(s.connect(a))
    except OSError as e:
        print('OSError', errno.errorcode[e.errno])
    try:
        print(s.connect(a))
    except OSError as e:
        print('OSError', errno.errorcode[e.errno])
    print(s.connect_ex(a))
    s.close()
l.close()

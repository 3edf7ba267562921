# socket.sendfile(file, offset=0, count=None): offset, count, file position
# afterwards, non-file objects, argument errors; create_connection's
# all_errors=True ExceptionGroup; CMSG_LEN/CMSG_SPACE bounds.
import socket, io, threading, os

data = bytes(range(256)) * 300
fn = '/tmp/_sendfile_s6n_%d.bin' % os.getpid()
with open(fn, 'wb') as f:
    f.write(data)


def send(f, **kw):
    a, b = socket.socketpair()
    got = []

    def reader():
        buf = b''
        while True:
            chunk = b.recv(65536)
            if not chunk:
                break
            buf += chunk
        got.append(buf)

    t = threading.Thread(target=reader)
    t.start()
    n = a.sendfile(f, **kw)
    a.close()
    t.join()
    b.close()
    start = kw.get('offset', 0)
    print(n, f.tell(), got[0] == data[start:start + n], len(got[0]))


with open(fn, 'rb') as f:
    send(f)
with open(fn, 'rb') as f:
    send(f, offset=5000)
with open(fn, 'rb') as f:
    send(f, offset=2007, count=10007)
with open(fn, 'rb') as f:
    send(f, count=1)
with open(fn, 'wb'):
    pass
with open(fn, 'rb') as f:
    send(f)
send(io.BytesIO(data), count=70000)

with open(fn, 'rb') as f:
    with socket.socket(type=socket.SOCK_DGRAM) as s:
        try:
            s.sendfile(f)
        except ValueError as e:
            print('ValueError', e)
    with socket.socket() as s:
        for c in ('2', 0.1, 0, -1):
            try:
                s.sendfile(f, count=c)
            except (TypeError, ValueError) as e:
                print(type(e).__name__, 'positive integer' in str(e))
with open(fn) as f:
    with socket.socket() as s:
        try:
            s.sendfile(f)
        except ValueError as e:
            print('ValueError', e)
os.remove(fn)

# A refused connection: all_errors gives every attempt's error in a group.
srv = socket.socket()
srv.bind(('127.0.0.1', 0))
port = srv.getsockname()[1]
srv.close()
try:
    socket.create_connection(('127.0.0.1', port), all_errors=True)
except ExceptionGroup as e:
    print('group:', e, [type(x).__name__ for x in e.exceptions])
try:
    socket.create_connection(('127.0.0.1', port))
except OSError as e:
    print(type(e).__name__)

# CMSG sizes must fit an int; anything larger or negative is OverflowError.
for f in (socket.CMSG_LEN, socket.CMSG_SPACE):
    for v in (0, 1, 256, -1, 2**31 - 1, 2**31 - 64, 2**31 - 25, 2**31 - 24, 2**31 - 17, 2**31 - 16, 2**63 - 1):
        try:
            print(f(v))
        except OverflowError:
            print('OverflowError')

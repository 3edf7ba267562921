# os.sendfile(out_fd, in_fd, offset, count): counts, offsets, the file
# position, end of file, errors (type and errno), and a non-blocking socket
# that fills up (a short count, then BlockingIOError).
import errno, os, socket, sys, tempfile
if not hasattr(os, 'sendfile'):
    print('SKIP')
    raise SystemExit
d = tempfile.mkdtemp()
fn = os.path.join(d, 'src.bin')
with open(fn, 'wb') as f:
    f.write(bytes(range(256)) * 4)
a, b = socket.socketpair()
fd = os.open(fn, os.O_RDONLY)


def t(*args, **kw):
    try:
        n = os.sendfile(*args, **kw)
        print('sent', n, b.recv(2000) if n else b'')
    except Exception as e:
        print(type(e).__name__, getattr(e, 'errno', None))


t(a.fileno(), fd, 0, 5)
t(a.fileno(), fd, 1020, 10)
t(a.fileno(), fd, 1024, 10)
t(a.fileno(), fd, 5000, 10)
t(out_fd=a.fileno(), in_fd=fd, offset=7, count=3)
print(os.lseek(fd, 0, os.SEEK_CUR))
if sys.platform == 'linux':
    # offset None: from the file position, which moves on
    os.lseek(fd, 100, os.SEEK_SET)
    t(a.fileno(), fd, None, 4)
    print(os.lseek(fd, 0, os.SEEK_CUR))
t(a.fileno(), fd, -1, 10)
t(a.fileno(), fd, 0, -1)
t(a.fileno(), 9999, 0, 5)
t(9999, fd, 0, 5)
t(a.fileno(), fd, 0.5, 5)
t(a.fileno(), fd, 0, '5')
t(a.fileno(), fd, 2 ** 64, 5)
t(2 ** 40, fd, 0, 5)
t(a.fileno(), fd, 0)

# A full non-blocking socket: short counts, then BlockingIOError (EAGAIN).
a.setblocking(False)
total = 0
try:
    while True:
        total += os.sendfile(a.fileno(), fd, 0, 1024)
except BlockingIOError as e:
    print('BlockingIOError', e.errno == errno.EAGAIN, total > 0)
got = 0
b.setblocking(False)
try:
    while True:
        got += len(b.recv(65536))
except BlockingIOError:
    pass
print(got == total)
os.close(fd)
a.close()
b.close()
os.remove(fn)
os.rmdir(d)

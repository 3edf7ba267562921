# File-descriptor calls: open/read/write/lseek/fstat/ftruncate/truncate,
# dup/dup2, pipe, isatty, fsync, inheritable/blocking flags, and their errors.
import os

d = '/tmp/os_fd_s3i_%d' % os.getpid()
os.mkdir(d)
try:
    p = d + '/x.bin'
    fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    print(type(fd).__name__, os.write(fd, b'abcdef'), os.write(fd, bytearray(b'gh')), os.write(fd, memoryview(b'ij')))
    print(os.lseek(fd, 0, os.SEEK_CUR), os.lseek(fd, -2, os.SEEK_END), os.lseek(fd, 1, os.SEEK_SET))
    print(os.fstat(fd).st_size, os.get_inheritable(fd), os.get_blocking(fd), os.isatty(fd))
    os.ftruncate(fd, 4)
    os.fsync(fd)
    os.close(fd)
    fd = os.open(p, os.O_RDONLY)
    print(os.read(fd, 2), os.read(fd, 100), os.read(fd, 100))
    fd2 = os.dup(fd)
    print(fd2 != fd, os.get_inheritable(fd2), os.lseek(fd2, 0, os.SEEK_CUR))
    os.close(fd2)
    print(os.dup2(fd, 60), os.get_inheritable(60))
    os.close(60)
    print(os.dup2(fd, 61, inheritable=False), os.get_inheritable(61))
    os.close(61)
    os.set_inheritable(fd, True)
    print(os.get_inheritable(fd))
    os.set_blocking(fd, False)
    print(os.get_blocking(fd))
    os.close(fd)
    with open(p, 'rb') as f:
        os.fsync(f)
        print(os.fstat(f.fileno()).st_size)
    os.truncate(p, 2)
    print(os.stat(p).st_size)
    fd = os.open(p, os.O_RDWR | os.O_APPEND)
    os.write(fd, b'Z')
    os.lseek(fd, 0, os.SEEK_SET)
    print(os.read(fd, 10))
    os.close(fd)
    r, w = os.pipe()
    print(os.write(w, b'hello'), os.read(r, 3), os.read(r, 10), os.get_inheritable(r))
    os.close(w)
    print(os.read(r, 10))
    os.close(r)
    try:
        os.open(p, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
    except OSError as e:
        print(type(e).__name__, e.errno, e.filename == p)
    try:
        os.truncate(d + '/nope', 0)
    except OSError as e:
        print(type(e).__name__, e.errno, e.filename == d + '/nope')
    os.remove(p)
finally:
    os.rmdir(d)

for f in [lambda: os.close(987), lambda: os.read(987, 1), lambda: os.write(987, b'x'), lambda: os.lseek(987, 0, 0),
          lambda: os.fstat(987), lambda: os.dup(987), lambda: os.read(0, -1)]:
    try:
        f()
    except OSError as e:
        print(type(e).__name__, e.errno, e.filename)
print(os.isatty(987))
for f in [lambda: os.write(1, 'str'), lambda: os.fsync(None), lambda: os.open(5, 0)]:
    try:
        f()
    except TypeError as e:
        print('TypeError')
print(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)
print(os.O_CREAT != 0, os.O_EXCL != 0, os.O_TRUNC != 0, os.O_APPEND != 0, os.O_NONBLOCK != 0, os.O_CLOEXEC != 0)

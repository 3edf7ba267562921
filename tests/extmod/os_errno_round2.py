import os, errno
import random
d = 'tmp_os_round2_dir_%08x' % random.getrandbits(32)  # unique: suites may run concurrently
try:
    os.mkdir(d)
    with open(d + '/a.txt', 'w') as f:
        print(f.write('hello\n'), f.write('world'))
    with open(d + '/a.txt') as f:
        print(f.read())
    with open(d + '/a.txt', 'a') as f:
        f.write('!')
    with open(d + '/a.txt', 'rb') as f:
        print(f.read(3), f.read(), f.read())
    with open(d + '/a.txt') as f:
        print(f.readline(), f.readlines())
    with open(d + '/b.bin', 'wb') as f:
        f.write(bytes(range(5)))
    print(sorted(os.listdir(d)), os.stat(d + '/b.bin')[6], os.stat(d + '/a.txt').st_size)
    os.rename(d + '/b.bin', d + '/c.bin'); print(sorted(os.listdir(d)))
    try:
        open(d + '/missing.txt')
    except OSError as e:
        print('OSError', e.errno == errno.ENOENT, type(e).__name__, e.args[0] == errno.ENOENT)
    try:
        os.mkdir(d)
    except OSError as e:
        print('exists', e.errno == errno.EEXIST)
    try:
        os.rmdir(d)
    except OSError as e:
        print('not empty', e.errno in (errno.ENOTEMPTY, errno.EEXIST))
    print(os.getcwd() != '', type(os.sep))
finally:
    for n in ('a.txt', 'b.bin', 'c.bin'):
        try:
            os.remove(d + '/' + n)
        except OSError:
            pass
    os.rmdir(d)
print(d in os.listdir('.'))
print(errno.ENOENT, errno.EEXIST, errno.EINVAL, errno.EAGAIN, errno.errorcode[errno.ENOENT])
try:
    raise OSError(errno.EACCES, 'denied')
except OSError as e:
    print(e.errno, e.strerror, e.args, str(e))
e = FileNotFoundError(2, 'nf'); print(isinstance(e, OSError), e.errno, str(e))
print(issubclass(FileExistsError, OSError), issubclass(TimeoutError, OSError), IOError is OSError)

import os
import random
d = 'tmp_os_more_round2_%08x' % random.getrandbits(32)  # unique: suites may run concurrently
os.mkdir(d)
try:
    os.mkdir(d + '/sub')
    with open(d + '/sub/f.txt', 'w') as f:
        f.write('x' * 10)
    print(sorted(os.listdir(d)), os.listdir(d + '/sub'))
    st = os.stat(d + '/sub/f.txt')
    print(st[6], (st[0] & 0o170000) == 0o100000, (os.stat(d)[0] & 0o170000) == 0o040000)
    print(os.path.exists(d))
    with open(d + '/sub/f.txt', 'r+') as f:
        f.seek(3); f.write('Y'); f.seek(0); print(f.read(), f.tell())
    with open(d + '/sub/f.txt', 'rb') as f:
        print(f.seek(-2, 2), f.read(), f.seek(0, 1))
    with open(d + '/sub/g.bin', 'xb') as f:
        f.write(b'\x00\x01')
    try:
        open(d + '/sub/g.bin', 'x')
    except FileExistsError:
        print('FileExistsError')
    with open(d + '/sub/g.bin', 'ab') as f:
        print(f.tell() in (0, 2), f.write(b'\x02'))
    print(open(d + '/sub/g.bin', 'rb').read())
    f = open(d + '/sub/f.txt'); print(f.readline(3), f.closed); f.close(); print(f.closed)
    try:
        f.read()
    except ValueError:
        print('ValueError closed file')
    with open(d + '/sub/lines.txt', 'w') as f:
        print('a', 'b', file=f); f.writelines(['c\n', 'd\n'])
    with open(d + '/sub/lines.txt') as f:
        print([l for l in f])
    with open(d + '/sub/lines.txt', newline='') as f:
        print(f.read().splitlines())
    try:
        os.listdir(d + '/nope')
    except OSError as e:
        print('OSError listdir', type(e).__name__)
    try:
        os.remove(d + '/sub')
    except OSError as e:
        print('OSError remove dir')
    try:
        open(d)
    except OSError as e:
        print('OSError open dir', type(e).__name__)
finally:
    for n in ('f.txt', 'g.bin', 'lines.txt'):
        try:
            os.remove(d + '/sub/' + n)
        except OSError:
            pass
    os.rmdir(d + '/sub')
    os.rmdir(d)
print(d in os.listdir())
print(type(os.getenv('HOME', '')).__name__, os.getenv('SURELY_NOT_SET_VAR_X') is None, os.getenv('SURELY_NOT_SET_VAR_X', 'dflt'))
print(type(os.urandom(4)).__name__, len(os.urandom(8)))

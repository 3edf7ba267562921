# Path calls: readlink, symlink, link, rename/replace, chmod, utime (times=
# and ns=), access, and their errors (with one or two file names).
import os

d = '/tmp/os_paths_s3i_%d' % os.getpid()
os.mkdir(d)
try:
    p = d + '/f'
    with open(p, 'w') as f:
        f.write('data')
    os.symlink('f', d + '/l')
    print(os.readlink(d + '/l'), os.readlink((d + '/l').encode()), os.path.islink(d + '/l'))
    os.symlink(d + '/f', d + '/abs', target_is_directory=False)
    print(os.readlink(d + '/abs') == p, os.path.realpath(d + '/l') == os.path.realpath(p))
    os.link(p, d + '/h')
    print(os.stat(p).st_nlink, os.stat(d + '/h').st_ino == os.stat(p).st_ino)
    os.rename(d + '/h', d + '/h2')
    os.replace(d + '/h2', d + '/h3')
    print(sorted(os.listdir(d)))
    os.chmod(p, 0o640)
    print(oct(os.stat(p).st_mode & 0o777))
    os.chmod(p, 0o600)
    print(oct(os.stat(p).st_mode & 0o777))
    os.utime(p, (1234567890, 1234567891.5))
    st = os.stat(p)
    print(st.st_atime, st.st_mtime, st.st_mtime_ns)
    os.utime(p, ns=(5, 3000000007))
    st = os.stat(p)
    print(st.st_atime_ns, st.st_mtime_ns, st[8])
    os.utime(p)
    print(os.stat(p).st_mtime > 1600000000)
    print(os.access(p, os.F_OK), os.access(p, os.R_OK | os.W_OK), os.access(d + '/none', os.F_OK))
    print(os.access(d, os.X_OK), os.F_OK, os.R_OK, os.W_OK, os.X_OK)
    for f in [lambda: os.rename(d + '/none', d + '/none2'),
              lambda: os.symlink('f', d + '/l'),
              lambda: os.link(d + '/none', d + '/x'),
              lambda: os.readlink(p),
              lambda: os.readlink(d + '/none'),
              lambda: os.chmod(d + '/none', 0o600),
              lambda: os.remove(d + '/none'),
              lambda: os.rmdir(d + '/none'),
              lambda: os.mkdir(d),
              lambda: os.chdir(d + '/none'),
              lambda: os.utime(d + '/none')]:
        try:
            f()
        except OSError as e:
            print(type(e).__name__, e.errno, str(e).replace(d, 'D'))
    for f in [lambda: os.utime(p, 5), lambda: os.utime(p, (1, 2), ns=(1, 2)), lambda: os.utime(p, ns=5),
              lambda: os.stat(1.5), lambda: os.mkdir(None), lambda: os.remove(3.0)]:
        try:
            f()
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    try:
        os.stat('a\0b')
    except ValueError as e:
        print('ValueError', e)
finally:
    for n in ('l', 'abs', 'h3', 'f'):
        os.remove(d + '/' + n)
    os.rmdir(d)

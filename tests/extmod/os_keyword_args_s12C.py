# os functions whose parameters are positional-or-keyword in CPython take
# every parameter by keyword (open, stat, lstat, mkdir, symlink, link, chmod,
# utime, access, dup2, walk, makedirs); a missing one is a TypeError.
import os

d = '/tmp/os_keyword_args_s12C_%d' % os.getpid()
os.mkdir(path=d, mode=0o755)
try:
    p = d + '/f'
    fd = os.open(path=p, flags=os.O_WRONLY | os.O_CREAT, mode=0o644, dir_fd=None)
    fd2 = os.dup2(fd=fd, fd2=fd + 5, inheritable=False)
    print(fd2 == fd + 5)
    os.close(fd2)
    os.close(fd)
    os.chmod(path=p, mode=0o600)
    print(oct(os.stat(path=p).st_mode & 0o777))
    os.utime(path=p, ns=(5, 7))
    print(os.stat(p).st_mtime_ns)
    print(os.access(path=p, mode=os.R_OK))
    os.symlink(src=p, dst=d + '/s', target_is_directory=False, dir_fd=None)
    os.link(src=p, dst=d + '/h')
    print(os.lstat(path=d + '/s').st_mode & 0o170000 == 0o120000)
    os.makedirs(name=d + '/a/b', exist_ok=True)
    print(sorted(len(files) for _, _, files in os.walk(top=d)))
    for f in (os.open, os.stat, os.symlink, os.chmod, os.access, os.utime):
        try:
            f()
        except TypeError:
            print('TypeError')
    try:
        os.open(path=p)
    except TypeError:
        print('TypeError flags')
finally:
    for n in ('f', 's', 'h'):
        os.remove(d + '/' + n)
    os.rmdir(d + '/a/b')
    os.rmdir(d + '/a')
    os.rmdir(d)

# Module constants, os.path access, fspath/fsencode/fsdecode, process and
# user ids, uname, times, cpu_count, strerror, umask, kill, the terminal
# size, and os.environ reaching child processes.
import os

print(os.sep, os.altsep, os.extsep, os.pathsep, repr(os.linesep), os.devnull, os.curdir, os.pardir, os.defpath)
print(os.linesep == '\n', '\n' == os.linesep, os.linesep + 'x', os.error is OSError, os.name)
print(os.path.join('a', 'b'), os.path is __import__('os.path').path)
from os import path
print(path.basename('/x/y'))


class P:
    def __init__(self, v):
        self.v = v

    def __fspath__(self):
        return self.v


print(os.fspath('s'), os.fspath(b'b'), os.fspath(P('p')), os.fspath(P(b'q')))
for bad in [3, None, P(3)]:
    try:
        os.fspath(bad)
    except TypeError as e:
        print('TypeError', e)
print(os.fsencode('abc'), os.fsencode(b'x'), os.fsencode(P('é')), os.fsdecode(b'abc'), os.fsdecode('s'), os.fsdecode(P(b'\xc3\xa9')))
print(type(os.getpid()).__name__, os.getppid() > 0, os.getuid() >= 0, os.geteuid() == os.getuid(), os.getgid() >= 0, os.getegid() >= 0)
u = os.uname()
print(type(u).__name__, len(u), u.sysname == u[0], u.machine == u[4], repr(u).startswith('posix.uname_result(sysname='))
t = os.times()
print(type(t).__name__, len(t), t.user >= 0, t.elapsed == t[4], repr(t).startswith('posix.times_result(user='))
n = os.cpu_count()
print(n is None or n >= 1, os.strerror(2), os.strerror(13))
old = os.umask(0o027)
print(os.umask(old) == 0o027)
os.kill(os.getpid(), 0)
try:
    os.kill(2 ** 22 + 12345, 0)
except OSError as e:
    print(type(e).__name__, e.errno)
fd = os.open('/dev/null', os.O_RDONLY)
try:
    os.get_terminal_size(fd)
except OSError as e:
    print(type(e).__name__, e.errno)
os.close(fd)
ts = os.terminal_size((80, 24))
print(ts, ts.columns, ts.lines, ts[0], tuple(ts))
try:
    os.terminal_size((1, 2, 3))
except TypeError as e:
    print('TypeError', e)
os.environ['S3I_MISC'] = 'one two'
print(os.system('test "$S3I_MISC" = "one two"'))
os.environ.update({'S3I_A': '1'}, S3I_B='2')
os.environ.update([('S3I_C', '3')])
print(os.getenv('S3I_A'), os.environ['S3I_B'], os.environ.get('S3I_C'))
print(os.system('test "$S3I_A$S3I_B$S3I_C" = 123'))
del os.environ['S3I_MISC']
print(os.system('test -z "$S3I_MISC"'), 'S3I_MISC' in os.environ)
os.putenv('S3I_PUT', 'v')
print(os.system('test "$S3I_PUT" = v'))
os.unsetenv('S3I_PUT')
print(os.system('test -z "$S3I_PUT"'))
print(os.EX_OK, os.getcwdb() == os.getcwd().encode())

# Modules whose integer constants are stored packed (py/obj.h) must look like
# any other module: the constants (with their values, as CPython's on Linux),
# dir(), vars(), `from m import *`, re-import after deletion from sys.modules,
# and stores that stay on the module. (SIGRTMIN/SIGRTMAX are Linux's only:
# None elsewhere, as macOS's CPython has neither.)
import sys
import termios, signal, fcntl, resource, zlib

print(termios.B9600, termios.CRTSCTS, termios.TCSANOW, termios.VMIN, termios.NCCS)
print(signal.SIGINT, signal.SIGTERM, signal.SIG_DFL, signal.SIG_IGN,
      getattr(signal, 'SIGRTMIN', None), getattr(signal, 'SIGRTMAX', None))
print(fcntl.F_GETFL, fcntl.LOCK_EX, fcntl.LOCK_NB)
print(resource.RLIMIT_NOFILE, resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN, resource.RLIM_INFINITY)
print(zlib.MAX_WBITS, zlib.Z_DEFAULT_COMPRESSION, zlib.Z_FINISH, zlib.DEF_BUF_SIZE)

for m in (termios, signal, fcntl, resource, zlib):
    names = dir(m)
    print(m.__name__, type(m).__name__,
          names == sorted(names), sorted(vars(m)) == names,
          all(getattr(m, n) is vars(m)[n] for n in names))
    print([n for n in ('B0', 'ECHO', 'SIGHUP', 'LOCK_SH', 'RLIMIT_AS', 'Z_RLE', 'error') if n in names])

ns = {}
exec('from termios import *', ns)
print(ns['ECHO'] == termios.ECHO, ns['tcgetattr'] is termios.tcgetattr, '__name__' in ns)

try:
    termios.NO_SUCH_NAME
except AttributeError as e:
    print('AttributeError', e)

termios.ECHO = 'changed'
import termios as again
print(again is termios, again.ECHO)
del termios.ECHO
print(hasattr(termios, 'ECHO'))

del sys.modules['termios']
import termios as fresh
print(fresh is termios, fresh.ECHO == 8, fresh.__name__)

# MicroPython's termios.setraw(fd[, when]) and termios.error as an OSError
# (CPython has no setraw, and its termios.error is a plain Exception: ours is
# an OSError so that MicroPython's `except OSError` catches it too), hence
# the .exp file. Linux pseudo-terminal through /dev/ptmx, skipped elsewhere.
import sys
import os
try:
    import fcntl, struct, termios
    m = os.open('/dev/ptmx', os.O_RDWR | os.O_NOCTTY)
except (ImportError, OSError):
    print('SKIP')
    raise SystemExit
if sys.platform != 'linux':
    print('SKIP')
    raise SystemExit
fcntl.ioctl(m, 0x40045431, struct.pack('i', 0))
n = struct.unpack('i', fcntl.ioctl(m, 0x80045430, b'\0' * 4))[0]
s = os.open('/dev/pts/%d' % n, os.O_RDWR | os.O_NOCTTY)
termios.setraw(s)
a = termios.tcgetattr(s)
print('raw', bool(a[3] & termios.ICANON), bool(a[3] & termios.ECHO), bool(a[1] & termios.OPOST),
      a[6][termios.VMIN], a[6][termios.VTIME])
os.write(m, b'\x03q')  # Ctrl-C is an ordinary byte in raw mode
print(os.read(s, 10))
termios.setraw(s, termios.TCSANOW)
try:
    termios.setraw(s, termios.TCSANOW, 0)
except TypeError:
    print('TypeError')
r, w = os.pipe()
try:
    termios.setraw(r)
except OSError as e:
    print('OSError', type(e).__name__, e.errno, issubclass(termios.error, OSError))
for x in (r, w, s, m):
    os.close(x)

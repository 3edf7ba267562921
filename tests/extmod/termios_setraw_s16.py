# MicroPython's termios.setraw(fd[, when]) and termios.error as an OSError
# (CPython has no setraw, and its termios.error is a plain Exception: ours is
# an OSError so that MicroPython's `except OSError` catches it too), hence
# the .exp file. A pseudo-terminal from os.openpty().
import os
try:
    import termios
    m, s = os.openpty()
except (ImportError, AttributeError, OSError):
    print('SKIP')
    raise SystemExit
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

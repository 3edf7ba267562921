# termios and tty on a pseudo-terminal: tcgetattr's 7-item list, canonical
# versus raw input, tty.setraw/setcbreak, the window size, line speeds, the
# line controls, the TypeErrors of malformed attribute lists, termios.error
# on a pipe and after close. The pty comes from os.openpty().
import os
try:
    import termios, tty, select
    m, s = os.openpty()
except (ImportError, AttributeError, OSError):
    print('SKIP')
    raise SystemExit
print("openpty", os.isatty(m), os.isatty(s), os.get_inheritable(m), os.get_inheritable(s))
a = termios.tcgetattr(s)
print(len(a), [type(x).__name__ for x in a], len(a[6]) == termios.NCCS, type(a[6][termios.VMIN]).__name__)
print(bool(a[3] & termios.ICANON), bool(a[3] & termios.ECHO))
os.write(m, b'ab')
r, _, _ = select.select([s], [], [], 0.2)
print('canonical, no newline: readable', bool(r))
os.write(m, b'c\n')
print(os.read(s, 100))
tty.setraw(s)
a = termios.tcgetattr(s)
print(bool(a[3] & termios.ICANON), bool(a[3] & termios.ECHO), a[6][termios.VMIN], a[6][termios.VTIME], a[2] & termios.CSIZE == termios.CS8)
os.write(m, b'x')
print(os.read(s, 10))
tty.setcbreak(s)
termios.tcsetwinsize(s, (24, 80))
print(termios.tcgetwinsize(s))
a = termios.tcgetattr(s)
a[4] = a[5] = termios.B9600
termios.tcsetattr(s, termios.TCSANOW, a)
b = termios.tcgetattr(s)
print(b[4] == termios.B9600, b[5] == termios.B9600)
termios.tcflush(s, termios.TCIOFLUSH)
termios.tcdrain(s)
termios.tcflow(s, termios.TCOON)
for bad in ([1, 2], (1,) * 7, a[:6] + [[b'x'] * 3], a[:6] + [[1.5] * termios.NCCS], a[:6] + [[b'xy'] * termios.NCCS]):
    try:
        termios.tcsetattr(s, termios.TCSANOW, bad)
    except TypeError as e:
        print('TypeError', e)
for f, args in ((termios.tcgetattr, (-1,)), (termios.tcgetattr, ('x',)), (termios.tcsetwinsize, (s, (1,))), (termios.tcsetwinsize, (s, 5))):
    try:
        f(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
r, w = os.pipe()
try:
    termios.tcgetattr(r)
except termios.error as e:
    print('termios.error', e.args, isinstance(e, Exception))
try:
    termios.tcdrain(w)
except termios.error as e:
    print('termios.error', e.args)
class F:
    def fileno(self): return s
print(len(termios.tcgetattr(F())))
for x in (r, w, s, m):
    os.close(x)
try:
    termios.tcgetattr(s)
except termios.error as e:
    print('closed', e.args[0] == 9)
print(tty.IFLAG, tty.CC, termios.TCSANOW, termios.TCSAFLUSH)

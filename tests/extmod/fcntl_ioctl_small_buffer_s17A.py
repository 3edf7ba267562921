# fcntl.ioctl with a writable buffer shorter than the struct the request
# fills in (TIOCGWINSZ: 8 bytes, TCGETS: 60): the kernel writes the whole
# struct whatever the buffer's length, so a short buffer (or a memoryview of
# a buffer's last bytes) gets the leading bytes and nothing around it is
# overwritten.
import os
try:
    import fcntl, termios
    m, s = os.openpty()
except (ImportError, AttributeError, OSError):
    print('SKIP')
    raise SystemExit
termios.tcsetwinsize(s, (24, 80))
for n in (0, 1, 2, 4, 8):
    b = bytearray(b'\xff' * n)
    guard = bytearray(b'\xee' * 64)
    print(n, fcntl.ioctl(s, termios.TIOCGWINSZ, b), b, guard == bytearray(b'\xee' * 64))
big = bytearray(b'\xee' * 100)
print(fcntl.ioctl(s, termios.TIOCGWINSZ, memoryview(big)[98:]), big[94:])
big = bytearray(b'\xee' * 100)
print(fcntl.ioctl(s, termios.TIOCGWINSZ, memoryview(big)[100:]), big[94:])
# The same requests with mutate_flag false return the bytes, also short.
print(fcntl.ioctl(s, termios.TIOCGWINSZ, bytearray(3), False))
print(fcntl.ioctl(s, termios.TIOCGWINSZ, b'\x00' * 2))
# TCGETS (Linux) writes a 60-byte struct termios.
if hasattr(termios, 'CBAUD'):
    for n in (1, 4):
        b = bytearray(n)
        guard = bytearray(b'\xee' * 64)
        fcntl.ioctl(s, 0x5401, b)
        print('TCGETS', n, len(b), guard == bytearray(b'\xee' * 64))
os.close(m)
os.close(s)

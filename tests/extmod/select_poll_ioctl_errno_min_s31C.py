# A stream ioctl (MicroPython's poll protocol, so a .exp file) returning the
# most negative int: its negation, the errno raised, overflowed (undefined
# behaviour, a UBSan abort). Any OSError will do; it is not a real errno.
try:
    import io, select

    select.poll
    io.IOBase
except (ImportError, AttributeError):
    print("SKIP")
    raise SystemExit


class P(io.IOBase):
    def __init__(self, r):
        self.r = r

    def ioctl(self, cmd, arg):
        if cmd == 10:  # MP_STREAM_GET_FILENO: none
            return -1
        return self.r


for r in (-(2**63), -(2**63) + 1, -5):
    p = select.poll()
    p.register(P(r), select.POLLIN)
    try:
        print(p.poll(0))
    except OSError as e:
        print("OSError", e.errno == 5 if r == -5 else "")

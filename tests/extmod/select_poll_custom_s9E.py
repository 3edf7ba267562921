# select.poll on a Python object that implements MicroPython's stream ioctl
# (an io.IOBase subclass): it is polled through ioctl(MP_STREAM_POLL, mask),
# a negative result is raised as OSError(-result). MicroPython-only: .exp file.
try:
    import io, select

    select.poll
    io.IOBase
except (ImportError, AttributeError):
    print("SKIP")
    raise SystemExit

_MP_STREAM_POLL = 3
_MP_STREAM_GET_FILENO = 10
POLL_RD = 0x0001
POLL_WR = 0x0004


class CustomPollable(io.IOBase):
    def __init__(self):
        self.poll_state = 0

    def ioctl(self, cmd, arg):
        if cmd == _MP_STREAM_GET_FILENO:
            return -1
        print("ioctl", cmd, arg)
        if cmd == _MP_STREAM_POLL:
            if self.poll_state == "delay_rd":
                self.poll_state = POLL_RD
                return 0
            elif self.poll_state < 0:
                return self.poll_state
            else:
                return self.poll_state & arg


poller = select.poll()
x = CustomPollable()
poller.register(x)
print(poller.poll(0))
x.poll_state = POLL_WR
print(poller.poll(0) == [(x, POLL_WR)])
# not ready at first: poll() without a timeout asks again
x.poll_state = "delay_rd"
print(poller.poll() == [(x, POLL_RD)])
x.poll_state = POLL_RD | POLL_WR
poller.modify(x, POLL_RD)
print(poller.poll(0) == [(x, POLL_RD)])
for obj, ev in poller.ipoll(0):
    print(obj is x, ev)
x.poll_state = -1000
try:
    poller.poll(0)
except OSError as e:
    print("OSError", e.errno)
poller.unregister(x)
print(poller.poll(0))

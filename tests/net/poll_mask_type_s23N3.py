# select.poll register/modify take the event mask as CPython's unsigned short
# converter does: an int (or bool) only. An object with __index__, a float,
# str, bytes or None is a TypeError ("an integer is required"); the __index__
# object used to reach an int comparison and fail with the wrong message.
import select
import socket


class Index:
    def __index__(self):
        return 1


p = select.poll()
s = socket.socket()
for mask in ["x", 1.0, Index(), None, b"1", True, 1, 0, -1, 70000, 2**64, -(2**64)]:
    for f in (p.register, p.modify):
        try:
            f(s, mask)
            print(f.__name__, "ok")
        except TypeError as e:
            print(f.__name__, "TypeError", e)
        except Exception as e:
            print(f.__name__, type(e).__name__)
s.close()

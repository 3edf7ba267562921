# select.poll register/modify/unregister argument checks, as CPython: a
# closed socket (fileno -1) cannot be registered (ValueError), a bool is an
# int fd, and modify/unregister of an object that is not registered check
# the object first (TypeError/ValueError/OverflowError) before ENOENT/KeyError.
import select
import socket


class BadFileno:
    def __init__(self, v):
        self.v = v

    def fileno(self):
        return self.v


class NoFileno:
    pass


def t(label, f):
    try:
        r = f()
    except OSError as e:
        print(label, "OSError", e.errno)
    except Exception as e:
        print(label, type(e).__name__)
    else:
        print(label, repr(r))


p = select.poll()
s = socket.socket()
c = socket.socket()
c.close()

t("register closed", lambda: p.register(c, select.POLLIN))
t("register closed default", lambda: p.register(c))
t("modify closed", lambda: p.modify(c, select.POLLIN))
t("unregister closed", lambda: p.unregister(c))
t("poll empty", lambda: p.poll(0))

t("modify 2**31", lambda: p.modify(2**31, 1))
t("modify -1", lambda: p.modify(-1, 1))
t("modify tuple", lambda: p.modify(("a", 0), 1))
t("modify str", lambda: p.modify("a\0b", 1))
t("modify no fileno", lambda: p.modify(NoFileno(), 1))
t("modify unregistered", lambda: p.modify(s, 1))
t("modify unregistered bad mask", lambda: p.modify(s, -1))
t("modify unregistered big mask", lambda: p.modify(s, 2**16))
t("modify bad fileno -1", lambda: p.modify(BadFileno(-1), 1))
t("modify bad fileno 2**40", lambda: p.modify(BadFileno(2**40), 1))

t("unregister 2**31", lambda: p.unregister(2**31))
t("unregister -2**63", lambda: p.unregister(-(2**63)))
t("unregister -1", lambda: p.unregister(-1))
t("unregister bytes", lambda: p.unregister(b""))
t("unregister float", lambda: p.unregister(1.5))
t("unregister None", lambda: p.unregister(None))
t("unregister bad fileno -1", lambda: p.unregister(BadFileno(-1)))
t("unregister bad fileno 2**40", lambda: p.unregister(BadFileno(2**40)))
t("unregister unregistered", lambda: p.unregister(s))
t("unregister unregistered fd", lambda: p.unregister(1000))

# register checks the object before the mask; a mask must be an int (not
# an __index__ object, as CPython)
class Idx:
    def __index__(self):
        return select.POLLIN


t("register bytes big mask", lambda: p.register(b"x", 2**64))
t("register str big mask", lambda: p.register("127.0.0.1", 2**64))
t("register tuple bad mask", lambda: p.register(("a", 0), 65536))
t("register memoryview -1", lambda: p.register(memoryview(b"ab"), -1))
t("register closed -1", lambda: p.register(c, -1))
t("register no fileno", lambda: p.register(NoFileno(), 1))
t("register bad mask", lambda: p.register(s, -1))
t("register big mask", lambda: p.register(s, 2**16))
t("register float mask", lambda: p.register(s, 1.0))
t("poll after failed", lambda: p.poll(0))
t("register idx mask", lambda: p.register(s, Idx()))
t("modify idx mask", lambda: p.modify(s, Idx()))
t("register again", lambda: p.register(s, select.POLLOUT))
t("poll registered", lambda: [ev & select.POLLOUT for _, ev in p.poll(0)])
t("unregister registered", lambda: p.unregister(s))

# a bool is an fd (True: 1)
t("register True", lambda: p.register(True, select.POLLOUT))
t("modify True", lambda: p.modify(True, select.POLLOUT))
t("poll True", lambda: [ev & select.POLLOUT for _, ev in p.poll(0)])
t("unregister True", lambda: p.unregister(True))
t("unregister True again", lambda: p.unregister(1))
t("register False", lambda: p.register(False, 0))
t("unregister 0", lambda: p.unregister(0))

# a registered socket closed later reports POLLNVAL (CPython cannot
# unregister it afterwards: its fileno() is -1; here the object is the key)
a, b = socket.socketpair()
p.register(a, select.POLLIN)
t("modify registered", lambda: p.modify(a, select.POLLIN | select.POLLOUT))
a.close()
t("poll after close", lambda: [ev & select.POLLNVAL for _, ev in p.poll(0)])
b.close()
s.close()

# setsockopt/getsockopt/settimeout/setdefaulttimeout argument conversion:
# __index__ objects, out-of-range ints, floats, NaN/inf, as CPython.
import socket


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class Flt:
    def __float__(self):
        return 2.5


class Both:
    def __index__(self):
        return 3

    def __float__(self):
        return 2.5


class F(float):
    pass


def t(name, f):
    try:
        print(name, repr(f()))
    except Exception as e:
        print(name, type(e).__name__, e)


s = socket.socket()
L, O = socket.SOL_SOCKET, socket.SO_SNDBUF
# setsockopt: an int in C int range (or __index__), else must be bytes-like
t("idx", lambda: (s.setsockopt(L, O, Idx(65536)), s.getsockopt(L, O) > 0))
t("reuse True", lambda: (s.setsockopt(L, socket.SO_REUSEADDR, True),
                         s.getsockopt(L, socket.SO_REUSEADDR) != 0))
t("reuse Idx0", lambda: (s.setsockopt(L, socket.SO_REUSEADDR, Idx(0)),
                         s.getsockopt(L, socket.SO_REUSEADDR)))
for v in [2**31, -2**31 - 1, 2**40, 2**100, -2**100, Idx(2**40), 1.5, "x", Flt()]:
    t("set", lambda: s.setsockopt(L, O, v))
t("bytes", lambda: s.setsockopt(L, O, (65536).to_bytes(4, "little")))
t("bytearray", lambda: s.setsockopt(L, O, bytearray(4)))
# getsockopt buflen
t("gs idx", lambda: len(s.getsockopt(L, O, Idx(4))))
t("gs 0", lambda: s.getsockopt(L, O, 0) > 0)
t("gs 1024", lambda: len(s.getsockopt(L, O, 1024)))
for v in [-1, 1025, 2**31, -2**31 - 1, 2**40, -2**40, 4.0, "4", None]:
    t("gs", lambda: s.getsockopt(L, O, v))
# settimeout / setdefaulttimeout: float, or int / __index__ (never __float__)
vals = [Idx(3), Flt(), Both(), F(1.5), True, 0, -0.0, 7, 0.25,
        float("nan"), float("inf"), float("-inf"), -1, -1e-300, -0.5,
        9223372036, 9223372037, -9223372037, 10**10, 10**19, 2**100, -10**30,
        9.2e9, 9.3e9, 1e10, "1", b"1", None]
for v in vals:
    def st():
        s.settimeout(v)
        return s.gettimeout()

    def sdt():
        socket.setdefaulttimeout(v)
        r = socket.getdefaulttimeout()
        socket.setdefaulttimeout(None)
        return r

    t("st", st)
    t("sdt", sdt)
# a refused value leaves the old timeout alone
s.settimeout(4)
t("kept", lambda: (s.settimeout(Flt()), 0))
print(s.gettimeout())
s.close()

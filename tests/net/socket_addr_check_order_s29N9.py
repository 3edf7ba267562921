# An address tuple is checked in CPython's order: the host's type, the types
# of the ints (a port past a C int fails with them), the host's address, then
# the ranges of the port and flowinfo. So a bad port with a host of the other
# family is the resolver's error, and a bad host type wins over a bad port.
import socket


def t(label, fam, addr):
    s = socket.socket(fam, socket.SOCK_DGRAM)
    try:
        s.bind(addr)
        print(label, "ok")
    except OSError as e:
        # (CPython's socket.gaierror is a plain OSError here: the errno tells.)
        print(label, "OSError", e.errno)
    except Exception as e:
        print(label, type(e).__name__)
    s.close()


v4, v6 = socket.AF_INET, socket.AF_INET6
t("v6 host, port 70000", v4, ("::1", 70000))
t("v6 host, port -1", v4, ("::1", -1))
t("v4 host, port 70000", v6, ("127.0.0.1", 70000))
t("v4 host, v6 port 70000", v6, ("127.0.0.1", 70000, 0, 0))
t("bad v4 text, port 70000", v4, ("1.2.3.400", 70000))
t("bad v6 text, port 70000, flowinfo", v6, ("1::2::3", 70000, 2**21, 0))
t("port past a C int", v4, ("::1", 2**40))
t("port past a word", v4, ("1.2.3.400", 2**70))
t("port past a C int, v6", v6, ("1::2::3", 2**40, 0, 0))
t("port past a C int, bad flowinfo type", v6, ("::1", 2**40, "x"))
t("port 'x'", v4, ("::1", "x"))
t("port 1.5", v4, ("::1", 1.5))
t("flowinfo 'x'", v6, ("1::2::3", 0, "x", 0))
t("scope 'x'", v6, ("1::2::3", 0, 0, "x"))
t("host int, port 70000", v4, (5, 70000))
t("host None, port 'x'", v6, (None, "x"))
t("host NUL, port 70000", v4, ("a\0b", 70000))
t("v6 port 70000 then flowinfo", v6, ("::1", 70000, 2**21, 0))
t("v6 flowinfo 2**21", v6, ("::1", 0, 2**21, 0))
t("v6 flowinfo -1", v6, ("::1", 0, -1, 0))
t("v4 ok", v4, ("127.0.0.1", 0))
t("v6 ok", v6, ("::1", 0, 0, 0))
for fam, host in ((v4, "::1"), (v6, "127.0.0.1")):
    s = socket.socket(fam, socket.SOCK_DGRAM)
    for f in (lambda: s.connect((host, 70000)), lambda: s.sendto(b"x", (host, 70000)),
              lambda: s.connect_ex((host, 65536))):
        try:
            print(f())
        except OSError as e:
            print("OSError", e.errno)
        except Exception as e:
            print(type(e).__name__)
    s.close()

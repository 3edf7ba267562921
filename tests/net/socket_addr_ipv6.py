# IPv6 address tuples: (host, port[, flowinfo[, scope_id]]), range checks,
# and scope ids the kernel refuses.
import socket


def check(addr):
    s = socket.socket(socket.AF_INET6)
    try:
        s.bind(addr)
        print("ok", s.getsockname()[0])
    except OverflowError:
        print("OverflowError")
    except TypeError:
        print("TypeError")
    except OSError:
        print("OSError")
    s.close()


check(("::1",))
check(("::1", 0, 0, 0, 0))
check(["::1", 0])
check(("::1", 70000))
check(("::1", 0, -1))
check(("::1", 0, 2**20))
check(("::1", 0, "x"))
check(("::1", 0, 0, "x"))
check(("1.2.3.4", 0))
check(("::1", 0, 0, 0))
check(("::1", 0))
# a link-local address needs a scope id naming an interface
check(("fe80::1", 0))
check(("fe80::1", 0, 0, 99999))
s = socket.socket(socket.AF_INET6)
s.bind(("", 0))
print(s.getsockname()[0])
s.close()

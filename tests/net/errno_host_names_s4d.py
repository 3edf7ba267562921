# errno has exactly CPython's E* names on this host, with the same values,
# and errorcode maps each value to one of the names (for aliases such as
# EAGAIN/EWOULDBLOCK both sides pick a name with that value).
import errno

names = sorted(n for n in dir(errno) if n.startswith("E"))
print(len(names))
for n in names:
    v = getattr(errno, n)
    print(n, v, getattr(errno, errno.errorcode[v]) == v)
print(sorted(errno.errorcode) == sorted(set(getattr(errno, n) for n in names)))
print(type(errno.errorcode).__name__)
for e in (errno.ECONNREFUSED, errno.EPIPE, errno.ETIMEDOUT, errno.EAGAIN, errno.EINPROGRESS):
    x = OSError(e, "msg")
    print(e, x.errno == e, x.args[0] == e)

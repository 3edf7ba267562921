# errno: E* constants and errorcode (value -> name).
import errno

for name in ("EPERM", "ENOENT", "EINTR", "EBADF", "EAGAIN", "EWOULDBLOCK", "EACCES", "EEXIST",
             "EINVAL", "EPIPE", "ENOTSOCK", "EPROTONOSUPPORT", "EAFNOSUPPORT", "EADDRINUSE",
             "EADDRNOTAVAIL", "ENETUNREACH", "ECONNABORTED", "ECONNRESET", "ENOBUFS", "EISCONN",
             "ENOTCONN", "ETIMEDOUT", "ECONNREFUSED", "EHOSTUNREACH", "EALREADY", "EINPROGRESS"):
    v = getattr(errno, name)
    print(name, v, errno.errorcode[v])
print(errno.errorcode[errno.EAGAIN], errno.EAGAIN == errno.EWOULDBLOCK)
print(type(errno.errorcode).__name__, 12345 in errno.errorcode)
print(errno.errorcode.get(12345))

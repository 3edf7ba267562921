# cpytest stub: socket helpers for loopback tests (our own code)
import contextlib
import errno
import unittest

# numeric: our socket methods never resolve a host name in an address tuple
# (spec/socket.md), CPython's helper says 'localhost'
HOSTv4 = '127.0.0.1'
HOST = HOSTv4
HOSTv6 = '::1'


def _probe_v6():
    try:
        import socket
        s = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
    except (ImportError, OSError, AttributeError):
        return False
    try:
        s.bind((HOSTv6, 0))
        return True
    except OSError:
        return False
    finally:
        s.close()


IPV6_ENABLED = _probe_v6()


def bind_port(sock, host=HOST):
    # bind to a free port chosen by the kernel and return it
    import socket
    if sock.family == socket.AF_INET and sock.type == socket.SOCK_STREAM:
        if hasattr(socket, 'SO_REUSEADDR'):
            if sock.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) == 1:
                raise unittest.TestCase.failureException('tests should never set SO_REUSEADDR')
    sock.bind((host, 0))
    return sock.getsockname()[1]


def find_unused_port(family=None, socktype=None):
    import socket
    if family is None:
        family = socket.AF_INET
    if socktype is None:
        socktype = socket.SOCK_STREAM
    s = socket.socket(family, socktype)
    try:
        return bind_port(s, HOSTv6 if family == socket.AF_INET6 else HOSTv4)
    finally:
        s.close()


def bind_unix_socket(sock, addr):
    try:
        sock.bind(addr)
    except PermissionError:
        sock.close()
        raise unittest.SkipTest('cannot bind AF_UNIX sockets')


def _can_bind_unix():
    import socket
    import os
    if not hasattr(socket, 'AF_UNIX'):
        return False
    path = '/tmp/cpytest-unix-%d' % os.getpid()
    s = socket.socket(socket.AF_UNIX)
    try:
        s.bind(path)
        return True
    except OSError:
        return False
    finally:
        s.close()
        try:
            os.unlink(path)
        except OSError:
            pass


def skip_unless_bind_unix_socket(test):
    if _can_bind_unix():
        return test
    return unittest.skip('cannot bind AF_UNIX sockets')(test)


def get_socket_conn_refused_errs():
    errs = [errno.ECONNREFUSED]
    for name in ('ENETUNREACH', 'EADDRNOTAVAIL', 'EHOSTUNREACH'):
        if hasattr(errno, name):
            errs.append(getattr(errno, name))
    return errs


def tcp_blackhole():
    return False


def skip_if_tcp_blackhole(test):
    return test


@contextlib.contextmanager
def transient_internet(resource_name, *, timeout=30.0, errnos=()):
    raise unittest.SkipTest('no internet tests under cpytest')
    yield


def has_gethostname():
    try:
        import socket
        socket.gethostname()
        return True
    except (ImportError, AttributeError, OSError):
        return False

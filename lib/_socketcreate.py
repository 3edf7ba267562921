# socket.create_connection(), create_server() and has_dualstack_ipv6(),
# written in Python as in CPython: the socket module (C) lists them as stubs
# that import this module on their first call.

import socket as _socket
from socket import (socket, getaddrinfo, AF_INET, AF_INET6, SOCK_STREAM, SOL_SOCKET,
                    SO_REUSEADDR, SO_REUSEPORT, IPPROTO_IPV6, IPV6_V6ONLY,
                    _GLOBAL_DEFAULT_TIMEOUT)


# Connect a TCP socket to (host, port), trying each address getaddrinfo()
# gives for host until one connects. The sockets are made by whatever
# socket.socket is at the time (a test's mock, a subclass) and driven through
# their methods. Raises the last connection error, or with all_errors an
# ExceptionGroup of all of them; anything else than an OSError (Ctrl-C, a bad
# argument) is no failed address and goes through at once.
def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None, *,
                      all_errors=False):
    host, port = address
    errors = []
    for family, kind, proto, _, addr in getaddrinfo(host, port, 0, SOCK_STREAM):
        sock = None
        try:
            sock = _socket.socket(family, kind, proto)
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(addr)
            return sock
        except BaseException as e:
            if sock is not None:
                sock.close()
            if not isinstance(e, OSError):
                raise
            errors.append(e)
    if not errors:
        raise OSError('getaddrinfo returns an empty list')
    if all_errors:
        raise ExceptionGroup('create_connection failed', errors)
    raise errors[-1]


# Whether one AF_INET6 socket can take IPv4 connections too (IPV6_V6ONLY can
# be switched off).
def has_dualstack_ipv6():
    try:
        with socket(AF_INET6, SOCK_STREAM) as s:
            s.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0)
            return True
    except OSError:
        return False


# A TCP socket bound to address and listening, with SO_REUSEADDR set (a
# restarted server can bind at once).
def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False,
                  dualstack_ipv6=False):
    if dualstack_ipv6:
        if family != AF_INET6:
            raise ValueError('dualstack_ipv6 requires AF_INET6 family')
        if not has_dualstack_ipv6():
            raise ValueError('dualstack_ipv6 not supported on this platform')
    sock = socket(family, SOCK_STREAM)
    try:
        try:
            sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
        except OSError:
            pass  # no reason to give up the server
        if reuse_port:
            sock.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1)
        if family == AF_INET6:
            # dual stack only when asked for, whatever the host's default
            sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0 if dualstack_ipv6 else 1)
        # bind() takes numeric hosts only (the spec): a name such as
        # 'localhost' is looked up here, as CPython's bind() would
        addr = address
        if type(addr) is tuple and len(addr) == 2 and isinstance(addr[0], str) and addr[0]:
            addr = getaddrinfo(addr[0], addr[1], family, SOCK_STREAM)[0][4]
        try:
            sock.bind(addr)
        except OSError as e:
            # the message names the address: more help than EADDRINUSE alone
            raise OSError(e.errno, '%s (while attempting to bind on address %r)' %
                          (e.strerror, address)) from None
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
        return sock
    except BaseException:
        sock.close()
        raise

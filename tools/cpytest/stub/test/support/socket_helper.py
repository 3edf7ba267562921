# cpytest stub: no network tests
import unittest
HOST = 'localhost'
HOSTv4 = '127.0.0.1'
HOSTv6 = '::1'
IPV6_ENABLED = False


def _skip(*a, **k):
    raise unittest.SkipTest('network helpers not used under cpytest')


bind_port = find_unused_port = bind_unix_socket = transient_internet = _skip


def skip_unless_bind_unix_socket(test):
    return unittest.skip('unix sockets')(test)


def has_gethostname():
    return False

# socket.create_connection, create_server and has_dualstack_ipv6 are Python
# (frozen lib/_socketcreate.py) behind stubs in the C module: behaviour on
# loopback, the bind error naming the address, argument errors, all_errors.
# (A module function stored in a class does not bind self here, as the C one
# did; CPython's Python function does: lib/http/client.py relies on ours.)
import errno
import socket

srv = socket.create_server(('127.0.0.1', 0))
port = srv.getsockname()[1]
print(srv.family == socket.AF_INET, srv.type == socket.SOCK_STREAM,
      srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
c = socket.create_connection(('127.0.0.1', port), timeout=5)
a, _ = srv.accept()
c.sendall(b'hi')
print(a.recv(2), c.gettimeout())
a.close()
c.close()
try:
    socket.create_server(('127.0.0.1', port))
except OSError as e:
    print(e.errno == errno.EADDRINUSE, 'while attempting to bind on address' in e.strerror, e.__suppress_context__)
srv.close()
s2 = socket.create_server(('localhost', 0), backlog=3, reuse_port=True)
print(s2.getsockname()[0], s2.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT) != 0)
s2.close()
print(type(socket.has_dualstack_ipv6()).__name__)
for kw in ({'dualstack_ipv6': True}, ):
    try:
        socket.create_server(('127.0.0.1', 0), **kw)
    except ValueError as e:
        print('ValueError', e)
# nothing listens on the port just closed
for all_errors in (False, True):
    try:
        socket.create_connection(('127.0.0.1', port), all_errors=all_errors)
    except ExceptionGroup as g:
        print('group', g.message, [e.errno == errno.ECONNREFUSED for e in g.exceptions])
    except OSError as e:
        print('OSError', e.errno == errno.ECONNREFUSED)
for bad in (lambda: socket.create_connection('x'), lambda: socket.create_connection(('127.0.0.1', port), 1, None, 5)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__)


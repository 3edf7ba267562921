# socket.timeout (CPython: an alias of TimeoutError) catches a timed-out
# call; the error is also an OSError with errno ETIMEDOUT (spec; CPython
# raises TimeoutError("timed out") with errno None: hence the .exp file).
import errno
import socket

print(socket.timeout is TimeoutError, issubclass(socket.timeout, OSError))
a, b = socket.socketpair()
a.settimeout(0.02)
try:
    a.recv(1)
except socket.timeout as e:
    print("socket.timeout", isinstance(e, OSError), e.errno == errno.ETIMEDOUT)
try:
    a.recv(1)
except OSError as e:
    print("OSError", e.errno == errno.ETIMEDOUT, type(e) is TimeoutError)
srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen()
srv.settimeout(0.02)
try:
    srv.accept()
except TimeoutError:
    print("accept TimeoutError")
a.close()
b.close()
srv.close()

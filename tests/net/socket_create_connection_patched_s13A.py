# create_connection() makes its sockets with whatever socket.socket is at the
# time (a test's mock or a subclass) and drives them through their methods:
# settimeout() only when a timeout is given (socket._GLOBAL_DEFAULT_TIMEOUT
# means "none given", as http.client and urllib3 pass it), bind() for
# source_address, connect(), and close() on each socket that failed.
import socket

calls = []
real = socket.socket


class Patched(real):
    def settimeout(self, t):
        calls.append(("settimeout", t))
        super().settimeout(t)

    def bind(self, addr):
        calls.append(("bind", addr[0]))
        super().bind(addr)

    def connect(self, addr):
        calls.append(("connect", addr[0]))
        super().connect(addr)

    def close(self):
        calls.append(("close",))
        super().close()


class TimesOut(real):
    def connect(self, addr):
        raise TimeoutError("timed out")


srv = real()
srv.bind(("127.0.0.1", 0))
srv.listen(4)
addr = srv.getsockname()

socket.socket = Patched
try:
    c = socket.create_connection(addr)
    print(type(c).__name__, calls, c.gettimeout())
    c.close()
    del calls[:]
    c = socket.create_connection(addr, 2.5, ("127.0.0.1", 0))
    print(calls, c.gettimeout())
    c.close()
    del calls[:]
    c = socket.create_connection(addr, socket._GLOBAL_DEFAULT_TIMEOUT)
    print(calls, c.gettimeout())
    c.close()
    del calls[:]
    c = socket.create_connection(addr, timeout=None)
    print(calls, c.gettimeout())
    c.close()
    del calls[:]
    # A port nobody listens on: the failed socket is closed.
    probe = real()
    probe.bind(("127.0.0.1", 0))
    dead = probe.getsockname()
    probe.close()
    try:
        socket.create_connection(dead)
    except OSError as e:
        print(type(e).__name__, calls)
    socket.socket = TimesOut
    try:
        socket.create_connection(addr)
    except TimeoutError as e:
        print("TimeoutError", e)
finally:
    socket.socket = real
srv.close()
print(socket.socket is real)

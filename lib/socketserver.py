# socketserver: CPython's API, with ThreadingMixIn and ForkingMixIn. shutdown() waits for serve_forever() to return, unless called
# from the serving thread itself (a handler or service_actions()).
import os
import select
import socket
try:
    from _thread import get_ident
except ImportError:
    get_ident = int


class BaseServer:
    timeout = None

    def __init__(self, server_address, RequestHandlerClass):
        self.server_address = server_address
        self.RequestHandlerClass = RequestHandlerClass
        self._stop = False

    def server_activate(self):
        pass

    _owner = None

    def serve_forever(self, poll_interval=0.5):
        self._owner = get_ident()
        try:
            while not self._stop:
                if select.select([self], [], [], poll_interval)[0] and not self._stop:
                    self._serve_one()
                self.service_actions()
        finally:
            self._stop = False
            self._owner = None

    def shutdown(self):
        self._stop = True
        while self._owner not in (None, get_ident()):
            select.select([], [], [], 0.005)

    def service_actions(self):
        pass

    def handle_request(self):
        t = self.socket.gettimeout()
        if t is None:
            t = self.timeout
        elif self.timeout is not None:
            t = min(t, self.timeout)
        if not select.select([self], [], [], t)[0]:
            return self.handle_timeout()
        self._serve_one()

    def _serve_one(self):
        try:
            request, client_address = self.get_request()
        except OSError:
            return
        if self.verify_request(request, client_address):
            try:
                self.process_request(request, client_address)
            except Exception:
                self.handle_error(request, client_address)
                self.shutdown_request(request)
            except:
                self.shutdown_request(request)
                raise
        else:
            self.shutdown_request(request)

    def handle_timeout(self):
        pass

    def verify_request(self, request, client_address):
        return True

    def process_request(self, request, client_address):
        self.finish_request(request, client_address)
        self.shutdown_request(request)

    def server_close(self):
        pass

    def finish_request(self, request, client_address):
        self.RequestHandlerClass(request, client_address, self)

    def shutdown_request(self, request):
        self.close_request(request)

    def close_request(self, request):
        pass

    def handle_error(self, request, client_address):
        import sys
        import traceback
        print('-' * 40, file=sys.stderr)
        print('Exception occurred during processing of request from', client_address, file=sys.stderr)
        traceback.print_exc()
        print('-' * 40, file=sys.stderr)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.server_close()


class TCPServer(BaseServer):
    address_family = socket.AF_INET
    socket_type = socket.SOCK_STREAM
    request_queue_size = 5
    allow_reuse_address = False
    allow_reuse_port = False

    def __init__(self, server_address, RequestHandlerClass, bind_and_activate=True):
        BaseServer.__init__(self, server_address, RequestHandlerClass)
        self.socket = socket.socket(self.address_family, self.socket_type)
        if bind_and_activate:
            try:
                self.server_bind()
                self.server_activate()
            except:
                self.server_close()
                raise

    def server_bind(self):
        if self.allow_reuse_address and hasattr(socket, 'SO_REUSEADDR'):
            self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if self.allow_reuse_port and hasattr(socket, 'SO_REUSEPORT'):
            self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        a = self.server_address
        try:
            self.socket.bind(a)
        except OSError as e:
            # Our bind() takes numeric hosts only (errno < 0: a resolver
            # code); CPython's looks names such as 'localhost' up.
            if (e.errno or 0) >= 0:
                raise
            self.socket.bind(socket.getaddrinfo(a[0], a[1], self.address_family, self.socket_type)[0][4])
        self.server_address = self.socket.getsockname()

    def server_activate(self):
        self.socket.listen(self.request_queue_size)

    def server_close(self):
        self.socket.close()

    def fileno(self):
        return self.socket.fileno()

    def get_request(self):
        return self.socket.accept()

    def shutdown_request(self, request):
        try:
            request.shutdown(socket.SHUT_WR)
        except OSError:
            pass
        self.close_request(request)

    def close_request(self, request):
        request.close()


class UDPServer(TCPServer):
    allow_reuse_address = False
    allow_reuse_port = False
    socket_type = socket.SOCK_DGRAM
    max_packet_size = 8192

    def get_request(self):
        data, client_addr = self.socket.recvfrom(self.max_packet_size)
        return (data, self.socket), client_addr

    def server_activate(self):
        pass

    def shutdown_request(self, request):
        self.close_request(request)

    def close_request(self, request):
        pass


if hasattr(socket, 'AF_UNIX'):
    class UnixStreamServer(TCPServer):
        address_family = socket.AF_UNIX

    class UnixDatagramServer(UDPServer):
        address_family = socket.AF_UNIX


class ThreadingMixIn:
    daemon_threads = False
    block_on_close = True
    _threads = None

    def process_request_thread(self, request, client_address):
        try:
            self.finish_request(request, client_address)
        except Exception:
            self.handle_error(request, client_address)
        finally:
            self.shutdown_request(request)

    def process_request(self, request, client_address):
        import threading
        t = threading.Thread(target=self.process_request_thread, args=(request, client_address))
        t.daemon = self.daemon_threads
        if not t.daemon and self.block_on_close:
            if self._threads is None:
                self._threads = []
            self._threads = [x for x in self._threads if x.is_alive()]
            self._threads.append(t)
        t.start()

    def server_close(self):
        super().server_close()
        ts, self._threads = self._threads or [], None
        for t in ts:
            t.join()


class ForkingMixIn:
    active_children = None
    max_children = 40
    block_on_close = True

    def collect_children(self, *, blocking=False):
        # Wait while blocking or at max_children, else reap those done.
        kids = self.active_children or set()
        for pid in list(kids):
            try:
                done = os.waitpid(pid, 0 if blocking or len(kids) >= self.max_children else os.WNOHANG)[0]
            except ChildProcessError:
                done = pid
            if done:
                kids.discard(pid)

    def handle_timeout(self):
        self.collect_children()

    service_actions = handle_timeout

    def process_request(self, request, client_address):
        pid = os.fork()
        if pid:
            if self.active_children is None:
                self.active_children = set()
            self.active_children.add(pid)
            self.close_request(request)
            return
        # The child serves this request and exits.
        code = 1
        try:
            self.finish_request(request, client_address)
            code = 0
        except Exception:
            self.handle_error(request, client_address)
        finally:
            try:
                self.shutdown_request(request)
            finally:
                os._exit(code)

    def server_close(self):
        super().server_close()
        self.collect_children(blocking=self.block_on_close)


class ForkingTCPServer(ForkingMixIn, TCPServer):
    pass


class ForkingUDPServer(ForkingMixIn, UDPServer):
    pass


class ThreadingTCPServer(ThreadingMixIn, TCPServer):
    pass


class ThreadingUDPServer(ThreadingMixIn, UDPServer):
    pass


if hasattr(socket, 'AF_UNIX'):
    class ThreadingUnixStreamServer(ThreadingMixIn, UnixStreamServer):
        pass

    class ThreadingUnixDatagramServer(ThreadingMixIn, UnixDatagramServer):
        pass


class BaseRequestHandler:
    def __init__(self, request, client_address, server):
        self.request = request
        self.client_address = client_address
        self.server = server
        self.setup()
        try:
            self.handle()
        finally:
            self.finish()

    def setup(self):
        pass

    def handle(self):
        pass

    def finish(self):
        pass


class StreamRequestHandler(BaseRequestHandler):
    rbufsize = -1
    wbufsize = 0
    timeout = None
    disable_nagle_algorithm = False

    def setup(self):
        self.connection = self.request
        if self.timeout is not None:
            self.connection.settimeout(self.timeout)
        if self.disable_nagle_algorithm:
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, True)
        self.rfile = self.connection.makefile('rb', self.rbufsize)
        if self.wbufsize == 0:
            self.wfile = _socket_writer(self.connection)
        else:
            self.wfile = self.connection.makefile('wb', self.wbufsize)

    def finish(self):
        # Our makefile() gives back the socket itself, so closing it would
        # close the connection before shutdown_request(): leave that to it.
        try:
            self.wfile.flush()
        except OSError:
            pass
        if self.wfile is not self.connection:
            self.wfile.close()


_writer_cls = None


def _socket_writer(sock):
    # wfile when wbufsize is 0, as in CPython: an io.BufferedIOBase that
    # sends each write at once, so no flush() is needed. The class is made
    # on first use: io's classes cost an import that most users never need.
    global _writer_cls
    if _writer_cls is None:
        import io

        class _SocketWriter(io.BufferedIOBase):
            def __init__(self, sock):
                self._sock = sock

            def writable(self):
                return True

            def write(self, b):
                self._sock.sendall(b)
                return memoryview(b).nbytes

            def fileno(self):
                return self._sock.fileno()

        _writer_cls = _SocketWriter
    return _writer_cls(sock)


class DatagramRequestHandler(BaseRequestHandler):
    def setup(self):
        import io
        self.packet, self.socket = self.request
        self.rfile = io.BytesIO(self.packet)
        self.wfile = io.BytesIO()

    def finish(self):
        self.socket.sendto(self.wfile.getvalue(), self.client_address)


__all__ = [n for n, v in globals().items() if n[0] != '_' and getattr(v, '__module__', 0) == __name__]

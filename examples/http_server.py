# A small HTTP/1.1 server driven by select.poll(): one process, many clients
# at once, every socket non-blocking. Runs under ./micropython and python3.
#
#   http_server.py [host [port]]     (defaults 127.0.0.1 8080; port 0 = any)
#
# It prints "listening on HOST PORT" first. Paths: / (a page), /hello (a
# line of text), /quit (stops the server).
import errno
import select
import socket
import sys

MAX_REQUEST = 16384


class Client:
    def __init__(self, sock):
        self.sock = sock
        self.inbuf = b""
        self.out = b""
        self.sent = 0
        self.quit = False


def respond(path, served):
    status = "200 OK"
    ctype = "text/html; charset=utf-8"
    if path == "/":
        body = (
            "<!DOCTYPE html>\n<html><head><title>Hello</title></head>\n"
            "<body><h1>Hello from a poll()-driven server</h1>\n"
            "<p>Requests served so far: %d</p></body></html>\n" % served
        )
    elif path == "/hello":
        ctype = "text/plain"
        body = "hello, world\n"
    elif path == "/quit":
        ctype = "text/plain"
        body = "bye\n"
    else:
        status = "404 Not Found"
        ctype = "text/plain"
        body = "no such page: %s\n" % path
    body = body.encode()
    head = "HTTP/1.1 %s\r\nContent-Type: %s\r\nContent-Length: %d\r\nConnection: close\r\n\r\n" % (
        status,
        ctype,
        len(body),
    )
    return head.encode() + body


def main():
    host = sys.argv[1] if len(sys.argv) > 1 else "127.0.0.1"
    port = int(sys.argv[2]) if len(sys.argv) > 2 else 8080
    ai = socket.getaddrinfo(host, port, 0, socket.SOCK_STREAM, 0, socket.AI_PASSIVE)[0]
    srv = socket.socket(ai[0], ai[1], ai[2])
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind(ai[4])
    srv.listen(128)
    srv.setblocking(False)
    addr = srv.getsockname()
    print("listening on %s %d" % (addr[0], addr[1]))
    try:
        sys.stdout.flush()
    except AttributeError:
        pass

    poller = select.poll()
    poller.register(srv, select.POLLIN)
    clients = {}  # fd -> Client
    served = 0
    running = True
    while running or clients:
        for obj, ev in poller.poll(1000):
            # MicroPython gives back the registered object, CPython the fd.
            fd = obj if isinstance(obj, int) else obj.fileno()
            if fd == srv.fileno():
                while True:
                    try:
                        conn, _ = srv.accept()
                    except OSError as e:
                        if e.errno not in (errno.EAGAIN, errno.EWOULDBLOCK):
                            print("accept:", e)
                        break
                    conn.setblocking(False)
                    clients[conn.fileno()] = Client(conn)
                    poller.register(conn, select.POLLIN)
                continue
            c = clients.get(fd)
            if c is None:
                continue
            close = False
            try:
                if c.out:
                    c.sent += c.sock.send(c.out[c.sent :])
                    close = c.sent == len(c.out)
                elif ev & (select.POLLIN | select.POLLHUP | select.POLLERR):
                    data = c.sock.recv(4096)
                    if not data:
                        close = True
                    else:
                        c.inbuf += data
                        end = c.inbuf.find(b"\r\n\r\n")
                        if end >= 0 or len(c.inbuf) > MAX_REQUEST:
                            parts = c.inbuf.split(b"\r\n", 1)[0].split()
                            path = parts[1].decode() if len(parts) == 3 else "?"
                            served += 1
                            c.out = respond(path, served)
                            c.quit = path == "/quit"
                            poller.modify(c.sock, select.POLLOUT)
            except OSError as e:
                if e.errno in (errno.EAGAIN, errno.EWOULDBLOCK):
                    continue
                close = True
            if close:
                if c.quit:
                    running = False
                poller.unregister(c.sock)
                del clients[fd]
                c.sock.close()
        if not running and srv.fileno() >= 0:
            poller.unregister(srv)
            srv.close()
    print("served %d requests" % served)


main()

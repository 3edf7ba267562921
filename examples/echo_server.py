# A TCP echo server for any number of clients at once, on select.poll().
# Runs under ./micropython and python3.
#
#   echo_server.py [host [port]]     (defaults 127.0.0.1 8007; port 0 = any)
import select
import socket
import sys


def main():
    host = sys.argv[1] if len(sys.argv) > 1 else "127.0.0.1"
    port = int(sys.argv[2]) if len(sys.argv) > 2 else 8007
    ai = socket.getaddrinfo(host, port, 0, socket.SOCK_STREAM)[0]
    srv = socket.socket(ai[0], ai[1], ai[2])
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind(ai[4])
    # Room for bursts of connections: with a short queue, clients that
    # connect faster than accept() runs get reset (seen with 200 at once).
    srv.listen(128)
    print("echo server on %s %d" % srv.getsockname()[:2])
    poller = select.poll()
    poller.register(srv, select.POLLIN)
    conns = {srv.fileno(): srv}
    while True:
        for obj, ev in poller.poll():
            s = conns[obj] if isinstance(obj, int) else obj
            if s is srv:
                c, addr = srv.accept()
                print("client", addr[0], addr[1])
                conns[c.fileno()] = c
                poller.register(c, select.POLLIN)
                continue
            try:
                data = s.recv(4096)
            except OSError:
                data = b""
            if data:
                s.sendall(data)
            else:
                poller.unregister(s)
                del conns[s.fileno()]
                s.close()


main()

# Many HTTP/1.1 requests at once from one process: non-blocking connect(),
# select.poll() and recv()/send() on every socket, against a real server.
# Runs under ./micropython and python3 alike.
#
#   http_many.py HOST PORT PATH N      (N connections, all open at once)
# Prints the count of complete 200 responses and the distinct body lengths.
import errno
import select
import socket
import sys
import time


def main():
    host, port, path, n = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
    addr = socket.getaddrinfo(host, port, socket.AF_INET, socket.SOCK_STREAM)[0][-1]
    req = ("GET %s HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n\r\n" % (path, host)).encode()
    poller = select.poll()
    conns = {}
    for i in range(n):
        s = socket.socket()
        s.setblocking(False)
        try:
            s.connect(addr)
        except OSError as e:
            if e.errno != errno.EINPROGRESS:
                raise
        conns[s.fileno()] = [s, b"", False]
        poller.register(s, select.POLLOUT)
    done = []
    deadline = time.time() + 60
    while conns and time.time() < deadline:
        for obj, ev in poller.poll(1000):
            fd = obj if isinstance(obj, int) else obj.fileno()
            c = conns[fd]
            s = c[0]
            if not c[2]:
                err = s.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
                if err:
                    print("connect error", err)
                    poller.unregister(s)
                    s.close()
                    del conns[fd]
                    continue
                s.sendall(req)
                c[2] = True
                poller.modify(s, select.POLLIN)
                continue
            try:
                data = s.recv(65536)
            except OSError as e:
                if e.errno == errno.EAGAIN:
                    continue
                raise
            if data:
                c[1] += data
                continue
            poller.unregister(s)
            s.close()
            del conns[fd]
            done.append(c[1])
    ok = [d for d in done if d.startswith(b"HTTP/1.1 200")]
    lengths = sorted(set(len(d.split(b"\r\n\r\n", 1)[1]) for d in ok))
    print("responses %d of %d, 200 OK %d, body lengths %s, unfinished %d" % (len(done), n, len(ok), lengths, len(conns)))
    print("PASS many" if len(ok) == n else "FAIL many")


main()

# UDP ping: a server that answers every datagram, and a client that sends
# numbered pings and waits (with a timeout) for each answer.
#
#   udp_ping.py server [host [port]]          (defaults 127.0.0.1 8008)
#   udp_ping.py client host port [count]
#   udp_ping.py                               both in one process, on loopback
import socket
import sys

try:
    import time

    clock = time.monotonic
except (ImportError, AttributeError):
    clock = None


def serve(sock, count=None):
    n = 0
    while count is None or n < count:
        data, addr = sock.recvfrom(1500)
        sock.sendto(b"pong" + data[4:], addr)
        n += 1


def ping(sock, addr, count, answer=None):
    sock.settimeout(2)
    lost = 0
    for i in range(count):
        msg = b"ping %d" % i
        t0 = clock() if clock else None
        sock.sendto(msg, addr)
        if answer:
            answer()
        try:
            data, _ = sock.recvfrom(1500)
        except OSError:
            print("ping %d: timed out" % i)
            lost += 1
            continue
        rtt = " %.3f ms" % ((clock() - t0) * 1000) if clock else ""
        print("ping %d: %s%s" % (i, data.decode(), rtt))
    print("%d sent, %d lost" % (count, lost))


def main():
    args = sys.argv[1:]
    if args and args[0] == "server":
        host = args[1] if len(args) > 1 else "127.0.0.1"
        port = int(args[2]) if len(args) > 2 else 8008
        s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        s.bind((host, port))
        print("udp ping server on %s %d" % s.getsockname())
        serve(s)
    elif args and args[0] == "client":
        ai = socket.getaddrinfo(args[1], int(args[2]), 0, socket.SOCK_DGRAM)[0]
        s = socket.socket(ai[0], ai[1], ai[2])
        ping(s, ai[4], int(args[3]) if len(args) > 3 else 5)
    else:
        srv = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        srv.bind(("127.0.0.1", 0))
        cli = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        ping(cli, srv.getsockname(), 5, answer=lambda: serve(srv, 1))


main()

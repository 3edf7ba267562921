# Socket workloads for tools/bench/socket_bench.py, run under ./micropython
# or python3 (tools/bench/c/socket_work.c does the same in C):
#
#   socket_work.py WORKLOAD server          prints "PORT n", serves one client
#   socket_work.py WORKLOAD client PORT
#
# Workloads: bulk_readinto, bulk_recv (1 GiB in 64 KiB chunks), pingpong
# (100,000 round trips of 32 bytes), poll_echo (200 connections on poll(),
# 250 round trips each), udp (200,000 datagrams of 64 bytes, acknowledged
# every 100).
import select
import socket
import sys

BULK_TOTAL = 1 << 30
CHUNK = 65536
PING_COUNT = 100000
PING_SIZE = 32
ECHO_CONNS = 200
ECHO_ROUNDS = 250
UDP_COUNT = 200000
UDP_SIZE = 64
UDP_WINDOW = 100


def listen(kind=socket.SOCK_STREAM):
    s = socket.socket(socket.AF_INET, kind)
    s.bind(("127.0.0.1", 0))
    if kind == socket.SOCK_STREAM:
        s.listen(256)
    print("PORT %d" % s.getsockname()[1])
    try:
        sys.stdout.flush()
    except AttributeError:
        pass
    return s


def connect(port):
    s = socket.socket()
    s.connect(("127.0.0.1", port))
    return s


def recv_exact(s, n):
    data = s.recv(n)
    while len(data) < n:
        more = s.recv(n - len(data))
        if not more:
            break
        data += more
    return data


def bulk_server(use_readinto):
    srv = listen()
    c, _ = srv.accept()
    total = 0
    if use_readinto:
        buf = bytearray(CHUNK)
        readinto = getattr(c, "readinto", None) or c.recv_into
        while True:
            n = readinto(buf)
            if not n:
                break
            total += n
    else:
        while True:
            data = c.recv(CHUNK)
            if not data:
                break
            total += len(data)
    c.close()
    if total != BULK_TOTAL:
        print("bulk: got %d bytes" % total)


def bulk_client(port):
    s = connect(port)
    chunk = bytes(CHUNK)
    for i in range(BULK_TOTAL // CHUNK):
        s.sendall(chunk)
    s.close()


def pingpong_server():
    srv = listen()
    c, _ = srv.accept()
    c.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    while True:
        data = c.recv(PING_SIZE)
        if not data:
            break
        c.sendall(data)
    c.close()


def pingpong_client(port):
    s = connect(port)
    s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    msg = b"x" * PING_SIZE
    for i in range(PING_COUNT):
        s.sendall(msg)
        if len(recv_exact(s, PING_SIZE)) != PING_SIZE:
            print("pingpong: short")
            break
    s.close()


def poll_echo_server():
    srv = listen()
    p = select.poll()
    p.register(srv, select.POLLIN)
    conns = {srv.fileno(): srv}
    closed = 0
    while closed < ECHO_CONNS:
        for obj, ev in p.poll():
            s = conns[obj] if isinstance(obj, int) else obj
            if s is srv:
                c, _ = srv.accept()
                conns[c.fileno()] = c
                p.register(c, select.POLLIN)
                continue
            data = s.recv(4096)
            if data:
                s.sendall(data)
            else:
                p.unregister(s)
                del conns[s.fileno()]
                s.close()
                closed += 1


def poll_echo_client(port):
    conns = [connect(port) for i in range(ECHO_CONNS)]
    p = select.poll()
    left = {}
    by_fd = {}
    msg = b"y" * PING_SIZE
    for s in conns:
        p.register(s, select.POLLIN)
        left[s.fileno()] = [ECHO_ROUNDS, 0]
        by_fd[s.fileno()] = s
        s.sendall(msg)
    done = 0
    while done < ECHO_CONNS:
        for obj, ev in p.poll():
            s = by_fd[obj] if isinstance(obj, int) else obj
            st = left[s.fileno()]
            st[1] += len(s.recv(4096))
            if st[1] < PING_SIZE:
                continue
            st[1] = 0
            st[0] -= 1
            if st[0] == 0:
                p.unregister(s)
                s.close()
                done += 1
            else:
                s.sendall(msg)


def udp_server():
    s = listen(socket.SOCK_DGRAM)
    got = 0
    while got < UDP_COUNT:
        data, addr = s.recvfrom(2048)
        got += 1
        if got % UDP_WINDOW == 0:
            s.sendto(b"ack", addr)


def udp_client(port):
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.connect(("127.0.0.1", port))
    msg = b"z" * UDP_SIZE
    for i in range(UDP_COUNT // UDP_WINDOW):
        for j in range(UDP_WINDOW):
            s.send(msg)
        s.recv(16)


def main():
    work, role = sys.argv[1], sys.argv[2]
    if role == "server":
        if work == "bulk_readinto":
            bulk_server(True)
        elif work == "bulk_recv":
            bulk_server(False)
        elif work == "pingpong":
            pingpong_server()
        elif work == "poll_echo":
            poll_echo_server()
        elif work == "udp":
            udp_server()
    else:
        port = int(sys.argv[3])
        if work.startswith("bulk"):
            bulk_client(port)
        elif work == "pingpong":
            pingpong_client(port)
        elif work == "poll_echo":
            poll_echo_client(port)
        elif work == "udp":
            udp_client(port)


main()

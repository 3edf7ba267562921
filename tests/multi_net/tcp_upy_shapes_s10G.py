# The shapes of MicroPython's tests/multi_net TCP tests, over loopback:
# recv() on a listening socket, a plain data exchange, recv(MSG_PEEK), a
# client that resets the connection (SO_LINGER 0) while the server polls,
# and the harness calls those tests use (get_network_ip, broadcast/wait).
import errno
import select
import socket
import struct
import time


def events(lst):
    # Only the event bits, without POLLOUT (writability depends on timing).
    return [ev & ~select.POLLOUT for _, ev in lst]


def instance0():
    ip = multitest.get_network_ip()
    s = socket.socket()
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(socket.getaddrinfo(ip, 0)[0][-1])
    s.listen()
    multitest.globals(IP=ip, PORT=s.getsockname()[1])
    try:
        print(s.recv(10))
    except OSError as er:
        print("listening recv", er.errno in (errno.ENOTCONN, errno.EINVAL))
    multitest.next()
    # Plain exchange.
    s2, peer = s.accept()
    print("peer ip", peer[0] == ip)
    print(s2.recv(16))
    s2.send(b"pong")
    print(s2.recv(16))
    s2.close()
    # recv with MSG_PEEK: peeked data is read again.
    s2, _ = s.accept()
    multitest.wait("sent")
    print(s2.recv(4, socket.MSG_PEEK))
    print(s2.recv(2, socket.MSG_PEEK))
    print(s2.recv(10))
    s2.close()
    # Reset by the client: data then RST.
    s2, _ = s.accept()
    s2.setblocking(False)
    poll = select.poll()
    poll.register(s2, select.POLLIN)
    multitest.wait("reset")
    time.sleep(0.1)
    print(events(poll.poll(1000)))
    try:
        print(s2.recv(100))
        print(events(poll.poll(1000)))
        print(s2.recv(100))
    except OSError as er:
        print("OSError", er.errno == errno.ECONNRESET)
    print(events(poll.poll(1000)))
    print(s2.recv(10))
    s2.close()
    s.close()


def instance1():
    multitest.next()
    s = socket.socket()
    s.connect(socket.getaddrinfo(IP, PORT)[0][-1])
    s.send(b"ping")
    print(s.recv(16))
    s.send(b"bye")
    s.close()
    s = socket.socket()
    s.connect(socket.getaddrinfo(IP, PORT)[0][-1])
    s.send(b"peekdata")
    multitest.broadcast("sent")
    s.close()
    s = socket.socket()
    s.connect(socket.getaddrinfo(IP, PORT)[0][-1])
    s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    s.send(b"GET / HTTP/1.0\r\n\r\n")
    time.sleep(0.1)
    s.close()  # linger 0: the peer gets RST
    multitest.broadcast("reset")

# The shape of MicroPython's multi_net udp_data test over loopback: the server
# binds to the wildcard address and echoes datagrams; the client uses several
# sockets in turn, sendto/recvfrom, and bytes %-formatting for its payloads.
# Plus poll on the server socket and a connected UDP client (send/recv).
import select
import socket

NUM_NEW_SOCKETS = 3
NUM_TRANSFERS = 3


def instance0():
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.bind(socket.getaddrinfo("0.0.0.0", 0)[0][-1])
    multitest.globals(IP=multitest.get_network_ip(), PORT=s.getsockname()[1])
    multitest.next()
    multitest.broadcast("server ready")
    poll = select.poll()
    poll.register(s, select.POLLIN)
    for i in range(NUM_NEW_SOCKETS + 1):
        for j in range(NUM_TRANSFERS):
            res = poll.poll(2000)
            print("poll", len(res), res[0][1] if res else None)
            data, addr = s.recvfrom(1000)
            print(data, addr[0])
            s.sendto(b"server to client %d %d" % (i, j), addr)
    s.close()


def instance1():
    multitest.next()
    multitest.wait("server ready")
    ai = socket.getaddrinfo(IP, PORT)[0][-1]
    for i in range(NUM_NEW_SOCKETS):
        s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        for j in range(NUM_TRANSFERS):
            s.sendto(b"client to server %d %d" % (i, j), ai)
            data, addr = s.recvfrom(1000)
            print(data, addr == ai)
        s.close()
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.connect(ai)
    for j in range(NUM_TRANSFERS):
        print(s.send(b"connected %d" % j))
        print(s.recv(1000))
    s.close()

# UDP datagrams between two processes: sendto/recvfrom both ways; each
# datagram arrives whole.


def instance0():
    import socket

    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.bind(("127.0.0.1", 0))
    s.settimeout(10)
    multitest.globals(PORT=s.getsockname()[1])
    multitest.next()
    for i in range(5):
        data, addr = s.recvfrom(2000)
        print("server got", len(data), data[:12])
        s.sendto(b"ack " + data[:8], addr)
    s.close()


def instance1():
    import socket

    multitest.next()
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.settimeout(10)
    for i in range(5):
        msg = (b"datagram %d " % i) * (i * 20 + 1)
        s.sendto(msg, ("127.0.0.1", PORT))
        data, addr = s.recvfrom(2000)
        print("client got", data, addr[1] == PORT)
    s.close()

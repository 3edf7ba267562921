# UDP datagrams with sendto/recvfrom (workloads udp_recv, udp_send). Runs
# under ./micropython and python3; the other end is tools/bench/c/sock_udp.c,
# whose comment describes the protocol: the receiver acknowledges every
# ACK-th datagram with its count (4 bytes, little-endian), the sender keeps
# at most WINDOW unacknowledged, a datagram of another length than SIZE ends
# the run and is answered with the final count (8 bytes).
#
#   udp.py recv SIZE ACK                 prints PORT, receives with recvfrom()
#   udp.py send PORT COUNT SIZE WINDOW   sends COUNT datagrams with sendto()
#   udp.py startup                       only imports and exits
# Both print "RESULT units=<datagrams> seconds=<time> api=... [received=N]".
import select
import socket
import sys
import time


def receiver(size, ack):
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 1 << 20)
    s.bind(("127.0.0.1", 0))
    print("PORT %d" % s.getsockname()[1], flush=True)
    recvfrom = s.recvfrom
    sendto = s.sendto
    got = 0
    data, addr = recvfrom(2048)
    t0 = time.perf_counter()
    while len(data) == size:
        got += 1
        if got % ack == 0:
            sendto(got.to_bytes(4, "little"), addr)
        data, addr = recvfrom(2048)
    t = time.perf_counter() - t0 if got else 0.0
    sendto(got.to_bytes(8, "little"), addr)
    print("RESULT units=%d seconds=%.6f api=recvfrom(2048)" % (got, t))


def sender(port, count, size, window):
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    addr = ("127.0.0.1", port)
    msg = b"z" * size
    p = select.poll()
    p.register(s, select.POLLIN)
    sendto = s.sendto
    sent = acked = stalls = silent = 0
    t0 = time.perf_counter()
    while sent < count:
        credit = window - (sent - acked)
        if credit <= 0:
            # Out of credit: wait for an acknowledgement. None within a
            # second means some were lost: go on with a little credit. A
            # receiver silent for 5 seconds is gone: stop.
            if not p.poll(1000):
                stalls += 1
                silent += 1
                if silent >= 5:
                    break
                acked += window // 4
                continue
            silent = 0
            data = s.recv(16)
            if len(data) == 4:
                a = int.from_bytes(data, "little")
                if a > acked:
                    acked = a
            continue
        if credit > count - sent:
            credit = count - sent
        for i in range(credit):
            sendto(msg, addr)
        sent += credit
    received = -1
    tries = 0
    while received < 0 and tries < 50:
        tries += 1
        sendto(b"E", addr)
        while p.poll(100):
            data = s.recv(16)
            if len(data) == 8:
                received = int.from_bytes(data, "little")
                break
    t = time.perf_counter() - t0
    print("RESULT units=%d seconds=%.6f api=sendto received=%d stalls=%d" % (sent, t, received, stalls))


def main():
    role = sys.argv[1]
    if role == "startup":
        print("RESULT units=0 seconds=0 api=startup")
    elif role == "recv":
        receiver(int(sys.argv[2]), int(sys.argv[3]))
    else:
        sender(int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]))


main()

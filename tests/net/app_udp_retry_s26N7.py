# A UDP request/retry client against a lossy, slow server, of the kind a
# third-party test writes: each request carries a sequence number, the client
# waits with settimeout() and resends on socket.timeout, drops replies whose
# number is stale (the late answers to earlier attempts), and the server
# answers a repeated request from its reply cache. Then the same over a
# connect()ed UDP socket with send()/recv(). Server in a thread, loopback.
import socket
import struct
import threading
import time

DROP_FIRST = {2, 6}  # the server ignores the first attempt of these
SLOW = {4}  # and answers these only after the client's timeout

srv = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
srv.bind(("127.0.0.1", 0))
addr = srv.getsockname()
seen = {}
cache = {}


def server():
    while True:
        data, peer = srv.recvfrom(2048)
        if data == b"quit":
            break
        seq, op = struct.unpack_from(">IB", data)
        args = data[5:]
        seen[seq] = seen.get(seq, 0) + 1
        if seq % 100 in DROP_FIRST and seen[seq] == 1:
            continue
        if seq % 100 in SLOW and seen[seq] == 1:
            time.sleep(1.0)
        if seq not in cache:
            if op == 1:
                result = args[::-1]
            elif op == 2:
                result = b"%d" % sum(struct.unpack(">%dH" % (len(args) // 2), args))
            else:
                result = b"?"
            cache[seq] = result
        srv.sendto(struct.pack(">I", seq) + cache[seq], peer)
    srv.close()


t = threading.Thread(target=server)
t.start()


def call(sock, seq, op, args, connected):
    req = struct.pack(">IB", seq, op) + args
    attempts = 0
    stale = 0
    while attempts < 8:
        attempts += 1
        if connected:
            sock.send(req)
        else:
            sock.sendto(req, addr)
        deadline = time.time() + 0.3
        while True:
            left = deadline - time.time()
            if left <= 0:
                break
            sock.settimeout(left)
            try:
                if connected:
                    reply = sock.recv(2048)
                else:
                    reply, peer = sock.recvfrom(2048)
                    assert peer == addr
            except socket.timeout:
                break
            (got,) = struct.unpack_from(">I", reply)
            if got != seq:
                stale += 1
                continue
            return reply[4:], attempts, stale
    return None, attempts, stale


def run(sock, connected, first):
    stats = []
    for i in range(8):
        seq = first + i
        if i % 2:
            value, attempts, stale = call(sock, seq, 2, struct.pack(">3H", i, 1000, 65535), connected)
        else:
            value, attempts, stale = call(sock, seq, 1, b"request %d" % seq, connected)
        stats.append((seq, attempts, stale))
        print(seq, value)
    # the late duplicate answers, if any are still on their way
    sock.settimeout(0.5)
    late = 0
    try:
        while True:
            sock.recv(2048)
            late += 1
    except socket.timeout:
        pass
    for seq, attempts, stale in stats:
        if seq - first in DROP_FIRST or seq - first in SLOW:
            print(" seq", seq, "needed a retry:", attempts >= 2)
        else:
            print(" seq", seq, "first try:", attempts == 1)
    # every extra attempt of the slow request was answered too: each answer
    # was either dropped as stale or left over
    slow = [s for s in stats if s[0] - first in SLOW][0]
    total_stale = sum(s[2] for s in stats)
    print(" extra answers accounted for:", total_stale + late == slow[1] - 1)


c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
run(c, False, 0)
c.close()

# the same over a connected socket (sequence numbers from 100)
c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
c.connect(addr)
run(c, True, 100)
c.send(b"quit")
c.close()
t.join()
# (how often the slow one came depends on timing)
print("server saw", sorted((s, n if s % 100 not in SLOW else n >= 2) for s, n in seen.items()))

# Is recv() allocating a new bytes object per call what costs? One process,
# no peer and no scheduler in the way: a Unix socketpair, a send of SIZE
# bytes, then one receive of them, N times, with each receive API in turn.
# Runs under ./micropython and python3 (tools/bench/socket_bench.py).
#
#   recv_alloc.py SIZE N
#
# Prints one "RESULT api=<api> size=<SIZE> us=<microseconds per send+receive>"
# line per API: recv(SIZE) (a new bytes object each time), recv_into(buf),
# and readinto(buf) where the socket has it (MicroPython's stream method).
# The APIs take turns in ROUNDS slices of N/ROUNDS iterations, and each
# reports its fastest slice, so that a busy machine slows them alike.
import socket
import sys
import time


def run(api, a, b, size, n):
    block = bytes(size)
    sendall = a.sendall
    t0 = time.perf_counter()
    if api == "recv":
        recv = b.recv
        for i in range(n):
            sendall(block)
            got = len(recv(size))
            while got < size:
                got += len(recv(size - got))
    else:
        buf = bytearray(size)
        into = b.recv_into if api == "recv_into" else b.readinto
        for i in range(n):
            sendall(block)
            got = into(buf)
            while got < size:
                # Only a short recv_into gets here (readinto fills buf).
                got += into(memoryview(buf)[got:])
    return (time.perf_counter() - t0) / n * 1e6


def main():
    size, n = int(sys.argv[1]), int(sys.argv[2])
    a, b = socket.socketpair()
    apis = ["recv", "recv_into"]
    if hasattr(b, "readinto"):
        apis.append("readinto")
    rounds = 20
    best = {}
    for api in apis:
        run(api, a, b, size, n // rounds // 4 + 1)  # warm up
    for r in range(rounds):
        for api in apis:
            us = run(api, a, b, size, n // rounds + 1)
            if api not in best or us < best[api]:
                best[api] = us
    for api in apis:
        print("RESULT api=%s size=%d us=%.3f" % (api, size, best[api]))


main()

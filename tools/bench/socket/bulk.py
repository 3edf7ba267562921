# Bulk TCP receive (tools/bench/socket_bench.py, workloads bulk_*). Runs
# under ./micropython and python3; the sender is tools/bench/c/sock_bulk.c.
#
#   bulk.py API [CHUNK]
#
# Listens on 127.0.0.1, prints "PORT n", accepts one connection and receives
# to EOF in CHUNK-byte (64 KiB) pieces, then prints
# "RESULT units=<bytes> seconds=<time from accept to EOF> api=<what was used>".
#   API readinto   MicroPython: sock.readinto(buf) (the stream method: fills
#                  the buffer unless EOF comes); CPython has no readinto on a
#                  socket and uses its own zero-copy call, sock.recv_into(buf)
#   API recv_into  sock.recv_into(buf) (CPython's API; ./micropython has it too)
#   API recv       sock.recv(CHUNK): a new bytes object per call
#   API startup    only imports and exits (the driver's CPU baseline)
import socket
import sys
import time


def main():
    api = sys.argv[1]
    chunk = int(sys.argv[2]) if len(sys.argv) > 2 else 65536
    if api == "startup":
        print("RESULT units=0 seconds=0 api=startup")
        return
    srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    srv.bind(("127.0.0.1", 0))
    srv.listen(1)
    print("PORT %d" % srv.getsockname()[1], flush=True)
    # Only accept() has a timeout (a sender that never comes); the accepted
    # socket is blocking in both implementations.
    srv.settimeout(60)
    c, _ = srv.accept()
    srv.close()
    total = 0
    t0 = time.perf_counter()
    if api == "recv":
        used = "recv(%d)" % chunk
        recv = c.recv
        while True:
            data = recv(chunk)
            if not data:
                break
            total += len(data)
    else:
        buf = bytearray(chunk)
        into = getattr(c, "readinto", None) if api == "readinto" else None
        if into is not None:
            used = "readinto(buf)"
        else:
            into = c.recv_into
            used = "recv_into(buf)"
        while True:
            n = into(buf)
            if not n:
                break
            total += n
    t = time.perf_counter() - t0
    c.close()
    print("RESULT units=%d seconds=%.6f api=%s" % (total, t, used))


main()

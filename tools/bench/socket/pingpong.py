# Ping-pong on one TCP connection (workload pingpong). Runs under
# ./micropython and python3; the echo server is tools/bench/c/sock_pingpong.c.
#
#   pingpong.py API PORT COUNT SIZE
#
# Connects to 127.0.0.1:PORT (TCP_NODELAY) and makes COUNT round trips of a
# SIZE-byte message, then prints
# "RESULT units=<round trips> seconds=<time> api=<what was used>".
#   API recv       send(msg) + recv(SIZE) (a new bytes object per reply)
#   API readinto   MicroPython: send(msg) + readinto(buf) (fills buf);
#                  CPython: send(msg) + recv_into(buf)
#   API startup    only imports and exits (the driver's CPU baseline)
import socket
import sys
import time


def main():
    api = sys.argv[1]
    if api == "startup":
        print("RESULT units=0 seconds=0 api=startup")
        return
    port, count, size = int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.connect(("127.0.0.1", port))
    s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    msg = b"x" * size
    send = s.send
    done = 0
    t0 = time.perf_counter()
    if api == "recv":
        used = "send+recv(%d)" % size
        recv = s.recv
        for done in range(1, count + 1):
            send(msg)
            data = recv(size)
            while len(data) < size:
                more = recv(size - len(data))
                if not more:
                    break
                data += more
            if len(data) != size:
                done -= 1
                break
    else:
        buf = bytearray(size)
        into = getattr(s, "readinto", None)
        if into is not None:
            # The stream readinto fills buf (or stops at EOF).
            used = "send+readinto(buf)"
            for done in range(1, count + 1):
                send(msg)
                if into(buf) != size:
                    done -= 1
                    break
        else:
            used = "send+recv_into(buf)"
            into = s.recv_into
            view = memoryview(buf)
            for done in range(1, count + 1):
                send(msg)
                n = into(buf)
                while 0 < n < size:
                    k = into(view[n:])
                    n = n + k if k else -1
                if n != size:
                    done -= 1
                    break
    t = time.perf_counter() - t0
    s.close()
    print("RESULT units=%d seconds=%.6f api=%s" % (done, t, used))


main()

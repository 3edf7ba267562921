# An echo server on select.poll with many connections (workload poll_echo).
# Runs under ./micropython and python3; the load generator is
# tools/bench/c/sock_echo.c (CONNS connections, one small message in flight
# on each). The driver measures this process's CPU time.
#
#   poll_echo.py API CONNS
#
# Listens on 127.0.0.1, prints "PORT n", echoes until CONNS connections have
# been accepted and closed, then prints
# "RESULT units=<messages echoed> seconds=<time> api=<what was used>".
#   API auto      ipoll() where it exists (MicroPython: an iterator that
#                 reuses one tuple and yields the registered objects), else
#                 poll() (CPython: a list of (fd, event), fd -> socket dict)
#   API poll      poll() only (MicroPython's gives the objects themselves)
#   API startup   only imports and exits (the driver's CPU baseline)
# Each message: recv(4096) -> bytes, then send(bytes).
import select
import socket
import sys
import time


def main():
    api = sys.argv[1]
    if api == "startup":
        print("RESULT units=0 seconds=0 api=startup")
        return
    conns = int(sys.argv[2])
    srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    srv.bind(("127.0.0.1", 0))
    srv.listen(512)
    print("PORT %d" % srv.getsockname()[1], flush=True)
    p = select.poll()
    p.register(srv, select.POLLIN)
    POLLIN = select.POLLIN
    # MicroPython's poll objects report the registered object; CPython's
    # report the fd.
    gives_objects = sys.implementation.name == "micropython"
    if api == "auto" and hasattr(p, "ipoll"):
        wait = p.ipoll
        used = "ipoll+recv(4096)+send"
    else:
        wait = p.poll
        used = "poll+recv(4096)+send" if gives_objects else "poll+fd-dict+recv(4096)+send"
    by_fd = {srv.fileno(): srv}
    accepted = closed = messages = 0
    t0 = time.perf_counter()
    while closed < conns:
        idle = True
        for key, ev in wait(10000):
            idle = False
            s = key if gives_objects else by_fd[key]
            if s is srv:
                c, _ = srv.accept()
                p.register(c, POLLIN)
                if not gives_objects:
                    by_fd[c.fileno()] = c
                accepted += 1
                if accepted == 1:
                    t0 = time.perf_counter()
                if accepted == conns:
                    p.unregister(srv)
                continue
            data = s.recv(4096)
            if data:
                s.send(data)
                messages += 1
            else:
                p.unregister(s)
                if not gives_objects:
                    del by_fd[key]
                s.close()
                closed += 1
        if idle:
            break  # nothing for 10 s: the load generator is gone
    t = time.perf_counter() - t0
    print("RESULT units=%d seconds=%.6f api=%s" % (messages, t, used))


main()

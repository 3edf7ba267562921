# Ctrl-C (SIGINT, here sent by a child process) ends a blocking wait at
# once: a sleep, a socket recv, select.select and select.poll. Each call
# would otherwise wait 3 s.
import os, select, signal, socket, time


def check(name, f):
    start = time.monotonic()
    pid = os.fork()
    if pid == 0:
        while time.monotonic() - start < 0.02:
            pass
        os.kill(os.getppid(), signal.SIGINT)
        os._exit(0)
    try:
        f()
        print(name, "not interrupted")
    except KeyboardInterrupt:
        print(name, "KeyboardInterrupt", time.monotonic() - start < 2)
    os.waitpid(pid, 0)


a, b = socket.socketpair()
a.settimeout(3)
p = select.poll()
p.register(a, select.POLLIN)
check("sleep", lambda: time.sleep(3))
check("recv", lambda: a.recv(10))
check("select", lambda: select.select([a], [], [], 3))
check("poll", lambda: p.poll(3000))
a.close()
b.close()

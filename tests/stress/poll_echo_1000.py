# Stress: one poll()-based echo server serves 1,000 concurrent loopback
# connections, each sending 100 messages and checking every echo; at the end
# the server's open fds are back to where they started. Run by the
# multi-process runner (instance0 is the server, instance1 the client) in
# every pairing of ./micropython and python3.
# timeout: 300
# nofile: 2048
# (The runner raises the open-file limit; each instance also raises its own
# with the resource module, as a real server would, where the hard limit
# allows.)

N_CONN = 1000
BATCH = 100  # < 128, the listen backlog macOS allows at most
N_MSG = 100
MSG_LEN = 32


def count_fds(socket):
    # /proc/self/fd where there is one (and an os module); otherwise the
    # lowest free fd number, which only comes back if every fd opened since
    # has been closed.
    try:
        import os

        return ("proc", len(os.listdir("/proc/self/fd")))
    except (ImportError, OSError):
        probe = socket.socket()
        fd = probe.fileno()
        probe.close()
        return ("lowest", fd)


def raise_fd_limit(want):
    try:
        import resource
    except ImportError:
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft != resource.RLIM_INFINITY and soft < want:
        if hard != resource.RLIM_INFINITY:
            want = min(want, hard)
        resource.setrlimit(resource.RLIMIT_NOFILE, (want, hard))


def instance0():
    import select
    import socket

    raise_fd_limit(N_CONN + 64)

    # One sleeping poll first: an interpreter may open internal fds lazily
    # there (./micropython's signal wake-up pipe); they are not leaks.
    select.poll().poll(1)
    before = count_fds(socket)
    srv = socket.socket()
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind(("127.0.0.1", 0))
    srv.listen(128)
    multitest.globals(PORT=srv.getsockname()[1])
    multitest.next()
    p = select.poll()
    p.register(srv, select.POLLIN)
    by_fd = {srv.fileno(): srv}
    accepted = 0
    closed = 0
    echoed = 0
    while closed < N_CONN:
        ready = p.poll(20000)
        if not ready:
            print("server stalled", accepted, closed)
            break
        for obj, ev in ready:
            s = by_fd[obj] if isinstance(obj, int) else obj
            if s is srv:
                c, _ = srv.accept()
                by_fd[c.fileno()] = c
                p.register(c, select.POLLIN)
                accepted += 1
                continue
            try:
                data = s.recv(4096)
            except OSError:
                data = b""
            if data:
                s.sendall(data)
                echoed += len(data)
            else:
                p.unregister(s)
                del by_fd[s.fileno()]
                s.close()
                closed += 1
    p.unregister(srv)
    srv.close()
    for s in list(by_fd.values()):
        s.close()
    after = count_fds(socket)
    print("accepted", accepted, "closed", closed, "echoed", echoed)
    print("fds back to start", before == after)


def instance1():
    import select
    import socket

    raise_fd_limit(N_CONN + 64)

    def message(i, k):
        return (b"c%05d m%03d " % (i, k)).ljust(MSG_LEN, b".")

    multitest.next()
    # Connections are opened BATCH at a time, and each batch's first echo is
    # read (proof that the server accepted them) before the next batch: so
    # the listen queue never holds more than BATCH, below macOS's cap of 128
    # (where a full queue drops SYNs and connect() retries only after ~1 s).
    conns = []
    bad = 0
    for first in range(0, N_CONN, BATCH):
        batch = []
        for i in range(first, min(first + BATCH, N_CONN)):
            s = socket.socket()
            s.settimeout(20)
            s.connect(("127.0.0.1", PORT))
            s.sendall(message(i, 0))
            batch.append(s)
        for i, s in enumerate(batch, first):
            got = b""
            while len(got) < MSG_LEN:
                part = s.recv(MSG_LEN - len(got))
                if not part:
                    break
                got += part
            if got != message(i, 0):
                bad += 1
            s.sendall(message(i, 1))
        conns += batch
    p = select.poll()
    state = {}
    by_fd = {}
    for i, s in enumerate(conns):
        by_fd[s.fileno()] = s
        state[s.fileno()] = [i, 1, b""]
        p.register(s, select.POLLIN)
    done = 0
    while done < N_CONN:
        ready = p.poll(20000)
        if not ready:
            print("client stalled", done)
            break
        for obj, ev in ready:
            s = by_fd[obj] if isinstance(obj, int) else obj
            st = state[s.fileno()]
            data = s.recv(4096)
            if not data:
                print("unexpected EOF")
                bad += 1
                p.unregister(s)
                done += 1
                continue
            st[2] += data
            if len(st[2]) < MSG_LEN:
                continue
            if st[2] != message(st[0], st[1]):
                bad += 1
            st[1] += 1
            st[2] = b""
            if st[1] == N_MSG:
                p.unregister(s)
                s.close()
                done += 1
            else:
                s.sendall(message(st[0], st[1]))
    print("connections", N_CONN, "messages checked", N_CONN * N_MSG, "bad", bad)

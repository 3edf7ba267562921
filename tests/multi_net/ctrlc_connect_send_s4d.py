# Ctrl-C (SIGINT) interrupts a blocked connect() (to a listener whose queue
# is full), a blocked sendall() (peer not reading), select.select() and
# a makefile readline(); each raises KeyboardInterrupt and the process goes
# on working.
# The SIGINT is asked for inside each try: on a loaded machine it may land
# before the call blocks, and must still be caught there.


def instance0():
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    s.listen(0)
    multitest.globals(PORT=s.getsockname()[1])
    multitest.next()
    # the client fills the queue and blocks in connect; nothing is accepted
    # until it has made its real connection (non-blocking)
    multitest.next()
    while True:
        c, _ = s.accept()
        c.settimeout(10)
        try:
            first = c.recv(100)
        except OSError:
            first = b""
        if first:
            break
        c.close()
    print("server got", first)
    multitest.next()
    # the client blocks in sendall: nothing is read until it is done
    multitest.next()
    c.sendall(b"bye\n")
    got = 0
    while True:
        part = c.recv(65536)
        if not part:
            break
        got += len(part)
    # How much the interrupted sendall got out first depends on when the
    # SIGINT lands (none at all on a slow or loaded machine); what matters is
    # that the stream then ends cleanly at the client's shutdown.
    print("drained to EOF")
    c.close()
    s.close()


def instance1():
    import select
    import socket

    multitest.next()
    queued = []
    for i in range(8):
        q = socket.socket()
        q.setblocking(False)
        try:
            q.connect(("127.0.0.1", PORT))
        except OSError:
            pass
        queued.append(q)
    c = socket.socket()
    try:
        multitest.sigint()
        c.connect(("127.0.0.1", PORT))
        print("connected?")
    except KeyboardInterrupt:
        print("connect interrupted")
    c.close()
    for q in queued:
        q.close()
    s = socket.socket()
    s.setblocking(False)
    try:
        s.connect(("127.0.0.1", PORT))
    except OSError:
        pass
    multitest.next()
    print("writable", select.select([], [s], [], 10)[1] == [s])
    s.settimeout(10)
    s.sendall(b"hello")
    multitest.next()
    s.settimeout(None)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 8192)
    try:
        multitest.sigint()
        s.sendall(b"x" * 50000000)
        print("sent?")
    except KeyboardInterrupt:
        print("sendall interrupted")
    try:
        multitest.sigint()
        print(select.select([s], [], []))
    except KeyboardInterrupt:
        print("select interrupted")
    try:
        multitest.sigint()
        print(s.makefile("rb").readline())
    except KeyboardInterrupt:
        print("readline interrupted")
    multitest.next()
    s.settimeout(10)
    s.shutdown(socket.SHUT_WR)
    print("line", s.makefile("rb").readline())
    s.close()

# Ctrl-C (SIGINT) interrupts a blocked accept(), recv() and poll() with
# KeyboardInterrupt, and the socket still works afterwards.
# The SIGINT is asked for inside each try: on a loaded machine it may land
# before the call blocks, and must still be caught there.


def instance0():
    import select
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    s.listen(1)
    try:
        multitest.sigint()
        s.accept()
        print("accepted?")
    except KeyboardInterrupt:
        print("accept interrupted")
    multitest.globals(PORT=s.getsockname()[1])
    multitest.next()
    c, _ = s.accept()
    try:
        multitest.sigint()
        c.recv(10)
        print("received?")
    except KeyboardInterrupt:
        print("recv interrupted")
    p = select.poll()
    p.register(c, select.POLLIN)
    try:
        multitest.sigint()
        print(p.poll())
    except KeyboardInterrupt:
        print("poll interrupted")
    c.settimeout(30)
    try:
        multitest.sigint()
        c.recv(10)
        print("received?")
    except KeyboardInterrupt:
        print("recv with timeout interrupted")
    multitest.next()
    c.settimeout(10)
    print(c.recv(10))
    c.close()
    s.close()


def instance1():
    import socket

    multitest.next()
    s = socket.socket()
    s.settimeout(30)
    s.connect(("127.0.0.1", PORT))
    multitest.next()
    s.sendall(b"still ok")
    s.close()

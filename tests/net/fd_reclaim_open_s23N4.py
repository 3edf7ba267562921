# Out of fds (EMFILE), open() and os.open() collect garbage and try once
# more, as socket() does: files dropped without close() hold their fds until
# the collector finalises them (CPython's reference counting closes them at
# once). Sockets and files reclaim each other's. With nothing to reclaim,
# EMFILE is still raised.
import errno, os, resource, socket

soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
probe = os.open(__file__, os.O_RDONLY)
os.close(probe)
# A few fds above the lowest free one: a handful of leaked files fill them.
resource.setrlimit(resource.RLIMIT_NOFILE, (probe + 16, hard))
try:
    print("binary", sum(len(open(__file__, "rb").read(5)) for i in range(300)))
    print("text", sum(len(open(__file__).read(5)) for i in range(300)))
    n = 0
    for i in range(200):
        open(__file__, "rb")
        fd = os.open(__file__, os.O_RDONLY)
        n += os.read(fd, 1) == b"#"
        os.close(fd)
    print("os.open", n)
    n = 0
    for i in range(200):
        s = socket.socket()
        f = open(__file__, "rb")
        n += s.fileno() >= 0 and not f.closed
    print("mixed", n)
    del s, f
    held = []
    try:
        while True:
            held.append(open(__file__, "rb"))
    except OSError as e:
        print("full", e.errno == errno.EMFILE, len(held) > 0)
    # (A collection may still free an fd that the conservative collector
    # saw on the stack the time before.)
    fds = []
    try:
        while True:
            fds.append(os.open(__file__, os.O_RDONLY))
    except OSError as e:
        print("os.open full", e.errno == errno.EMFILE, len(fds) < 4)
    for fd in fds:
        os.close(fd)
    for f in held:
        f.close()
    print("after", len(open(__file__, "rb").read(5)))
finally:
    resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
print(resource.getrlimit(resource.RLIMIT_NOFILE) == (soft, hard))

# listen([backlog]): default, 0, negative (taken as 0) and huge all work.
import socket

for args in ((), (0,), (-5,), (5,), (1000000,)):
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    s.listen(*args)
    c = socket.socket()
    c.settimeout(5)
    c.connect(s.getsockname())
    a, _ = s.accept()
    print(args, "ok")
    a.close()
    c.close()
    s.close()
for bad in (("x",), (1, 2)):
    s = socket.socket()
    try:
        s.listen(*bad)
    except TypeError:
        print(bad, "TypeError")
    s.close()

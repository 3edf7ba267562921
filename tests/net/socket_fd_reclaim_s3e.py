# Under a low open-file limit, a loop that connects new sockets and drops
# them without close() keeps working: when socket() or the resolver (it
# opens files too) finds no free fd, the collector closes the dropped
# sockets and the call is tried again. Runs the loop in a child process of
# the same interpreter under `ulimit -n 64`.
import os
import sys

child = r"""
import socket
srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen(8)
port = srv.getsockname()[1]
ok = 0
for i in range(400):
    s = socket.socket()
    s.connect(socket.getaddrinfo("localhost", port, socket.AF_INET)[0][-1])
    c, _ = srv.accept()
    c.send(b"hi")
    ok += s.recv(2) == b"hi"
print("connected", ok)
"""
path = "/tmp/socket_fd_reclaim_s3e_%d.py" % os.getpid()
with open(path, "w") as f:
    f.write(child)
rc = os.system("ulimit -n 64 && '%s' %s" % (sys.executable, path))
os.remove(path)
print("exit", rc)

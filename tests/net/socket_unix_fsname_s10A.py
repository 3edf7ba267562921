# AF_UNIX path names that are not UTF-8 (found by CPython's test_socket,
# testSurrogateescapeBind): a str path is encoded like open() encodes it
# (surrogateescape), and getsockname()/getpeername()/recvfrom() give a str
# back, with the bytes that are not UTF-8 as surrogates, as CPython does.
import os
import socket
import sys

# macOS's file system refuses names that are not UTF-8 (EILSEQ) and has no
# abstract names: what this test checks exists on Linux only.
if sys.platform != "linux":
    print("SKIP")
    raise SystemExit

base = "fsname_s10A"
names = [
    base + "_plain",
    base + "_\xe0\xf2",                          # UTF-8 text
    base + "_\udcff\udcfe",                      # undecodable bytes as str
    os.fsencode(base + "_\udcc3\udca0").decode("ascii", "surrogateescape"),
]

def clean(p):
    try:
        os.unlink(p)
    except OSError:
        pass

for i, name in enumerate(names):
    clean(name)
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.bind(name)
    got = s.getsockname()
    print(i, type(got).__name__, got == name, os.path.exists(name))
    # the same file seen through its bytes name
    print(i, os.fsencode(name) in os.listdir(b"."))
    s.listen(1)
    c = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    c.connect(name)
    a, _ = s.accept()
    print(i, "peer", c.getpeername() == name)
    a.close()
    c.close()
    s.close()
    clean(name)

# bytes paths: the same names, given as bytes, come back as str too
name = base + "_b"
bname = os.fsencode(name) + b"\xff"
clean(bname)
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
s.bind(bname)
print("bytes", repr(s.getsockname()), os.fsencode(s.getsockname()) == bname)
c = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
c.sendto(b"hi", bname)
data, addr = s.recvfrom(10)
print("recvfrom", data, repr(addr))
c.close()
s.close()
clean(bname)

# a surrogate that stands for no byte cannot be encoded
s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
try:
    s.bind(base + "_\ud800")
except UnicodeError as e:
    print("lone surrogate", type(e).__name__)
# a Linux abstract name stays bytes
s.bind(b"\0" + base.encode() + b"\xff")
print("abstract", repr(s.getsockname()))
s.close()

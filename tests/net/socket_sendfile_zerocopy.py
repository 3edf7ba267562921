# socket.sendfile() through os.sendfile (CPython's _sendfile_use_sendfile):
# offset, count, file position; _GiveupOnSendfile when the file has no fd or
# sendfile() cannot read it, and sendfile() then falling back on read/send;
# the errors CPython raises (TypeError/OverflowError from fileno()).
import os, io, socket, tempfile
d = tempfile.mkdtemp()
fn = os.path.join(d, 'src.bin')
data = bytes(range(256)) * 40
with open(fn, 'wb') as f:
    f.write(data)
a, b = socket.socketpair()
a.settimeout(5)
b.settimeout(5)


def recv_n(n):
    got = b''
    while len(got) < n:
        got += b.recv(n - len(got))
    return got


with open(fn, 'rb') as f:
    n = a._sendfile_use_sendfile(f)
    print(n, f.tell(), recv_n(n) == data)
    n = a._sendfile_use_sendfile(f, 1000, 77)
    print(n, f.tell(), recv_n(n) == data[1000:1077])
    n = a._sendfile_use_sendfile(f, offset=len(data) - 10, count=1000)
    print(n, f.tell(), recv_n(n) == data[-10:])
    n = a.sendfile(f, 5)
    print(n, f.tell(), recv_n(n) == data[5:])


class Fd:
    # a file whose fileno() gives what it was made with
    def __init__(self, fd, payload=b''):
        self.fd = fd
        self.payload = io.BytesIO(payload)

    def fileno(self):
        return self.fd

    def read(self, n):
        return self.payload.read(n)


for f in (io.BytesIO(b'abc'), Fd(9999)):
    try:
        a._sendfile_use_sendfile(f)
    except socket._GiveupOnSendfile:
        print('giveup', type(f).__name__)
for bad in (2 ** 100, None):
    try:
        a._sendfile_use_sendfile(Fd(bad))
    except Exception as e:
        print(type(e).__name__)

# A directory: fstat() works, sendfile() fails; sendfile() reads instead.
dfd = os.open(d, os.O_RDONLY)
try:
    a._sendfile_use_sendfile(Fd(dfd, b'x'))
except socket._GiveupOnSendfile:
    print('giveup dir')
n = a.sendfile(Fd(dfd, b'from read()'))
print(n, recv_n(n))
os.close(dfd)
print(issubclass(socket._GiveupOnSendfile, Exception))

a.setblocking(False)
with open(fn, 'rb') as f:
    for meth in (a.sendfile, a._sendfile_use_sendfile, a._sendfile_use_send):
        try:
            meth(f)
        except ValueError:
            print('ValueError non-blocking')
a.close()
b.close()
os.remove(fn)
os.rmdir(d)

# socket.sendfile(), _sendfile_use_sendfile() and _sendfile_use_send() are
# Python (lib/_socketsendfile.py) behind stubs on the socket type: argument
# checks and their order, a peer that reads slowly (the zero-copy way waits
# for room), timeouts part way with the file left after the last byte sent,
# files without fileno() or seek(), and the methods bound to the socket.
import io, os, socket, tempfile, threading

d = tempfile.mkdtemp()
fn = os.path.join(d, 'data.bin')
data = bytes(range(251)) * 4000  # 1 MB: more than a socket buffer holds
with open(fn, 'wb') as f:
    f.write(data)


def pair():
    a, b = socket.socketpair()
    a.settimeout(5)
    b.settimeout(5)
    return a, b


def drain(b, n, out):
    got = bytearray()
    while len(got) < n:
        chunk = b.recv(65536)
        if not chunk:
            break
        got += chunk
    out.append(bytes(got))


def through(meth, f, n_expect, **kw):
    a, b = pair()
    out = []
    t = threading.Thread(target=drain, args=(b, n_expect, out))
    t.start()
    n = getattr(a, meth)(f, **kw)
    t.join()
    a.close()
    b.close()
    start = kw.get('offset', 0)
    print(meth, n, f.tell(), out[0] == data[start:start + n])


for meth in ('sendfile', '_sendfile_use_sendfile', '_sendfile_use_send'):
    with open(fn, 'rb') as f:
        through(meth, f, len(data))
    with open(fn, 'rb') as f:
        through(meth, f, 300000, offset=12345, count=300000)
    with open(fn, 'rb') as f:
        through(meth, f, 10, offset=len(data) - 10, count=1000)
through('sendfile', io.BytesIO(data), 5000, offset=7, count=5000)
through('_sendfile_use_send', io.BytesIO(data), len(data) - 3, offset=3)


class NoSeek:
    # read() only: no fileno(), no seek()
    def __init__(self):
        self.b = io.BytesIO(data[:100000])

    def read(self, n):
        return self.b.read(n)

    def tell(self):
        return self.b.tell()


through('sendfile', NoSeek(), 100000)

# Argument errors, in CPython's order.
a, b = pair()
with open(fn, 'rb') as f:
    for kw in ({'count': 0}, {'count': -5}, {'count': 1.5}, {'count': '3'}):
        for meth in (a.sendfile, a._sendfile_use_send):
            try:
                meth(f, **kw)
            except (TypeError, ValueError) as e:
                print(type(e).__name__, e)
with open(fn) as f:
    for meth in (a.sendfile, a._sendfile_use_sendfile, a._sendfile_use_send):
        try:
            meth(f)
        except ValueError as e:
            print(e)
with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s, open(fn, 'rb') as f:
    try:
        s.sendfile(f)
    except ValueError as e:
        print(e)
try:
    a._sendfile_use_sendfile(io.BytesIO(b'x'))
except socket._GiveupOnSendfile as e:
    # (CPython's reason is io.UnsupportedOperation, ours AttributeError)
    print('giveup', isinstance(e.args[0], Exception))
try:
    a.sendfile()
except TypeError:
    print('TypeError no file')

# A peer that never reads: the timeout ends the send part way; the file is
# left after the last byte that went out.
for meth in ('sendfile', '_sendfile_use_send'):
    a, b = pair()
    a.settimeout(0.2)
    with open(fn, 'rb') as f:
        try:
            getattr(a, meth)(f)
        except TimeoutError:
            got = 0
            b.settimeout(0.2)
            try:
                while True:
                    chunk = b.recv(1 << 20)
                    if not chunk:
                        break
                    got += len(chunk)
            except TimeoutError:
                pass
            print(meth, 'timed out', 0 < f.tell() < len(data), f.tell() == got)
    a.close()
    b.close()

# Closed socket.
a, b = pair()
a.close()
b.close()
with open(fn, 'rb') as f:
    try:
        a.sendfile(f)
    except (OSError, ValueError):
        # OSError EBADF here; CPython's selector refuses fd -1 (ValueError)
        print('closed')

# Bound like methods of the socket, also called through the class.
a, b = pair()
with open(fn, 'rb') as f:
    m = a.sendfile
    out = []
    t = threading.Thread(target=drain, args=(b, 11, out))
    t.start()
    print(m(f, 0, 10), socket.socket._sendfile_use_send(a, f, 10, 1), f.tell())
    t.join()
    print(out[0] == data[:11])
a.close()
b.close()
os.remove(fn)
os.rmdir(d)

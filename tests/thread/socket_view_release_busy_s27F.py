# memoryview.release() while another thread's socket call is blocked with the
# view as its buffer raises BufferError, as in CPython (the call holds it as
# an exported buffer); once the call is over, release() works. Views of the
# view are separate objects and can be released.
import socket
import threading
import time


def try_release(m):
    try:
        m.release()
        return 'released'
    except BufferError:
        return 'BufferError'


def blocked(call, unblock, m):
    out = []
    t = threading.Thread(target=lambda: out.append(call()))
    t.start()
    time.sleep(0.05)  # the call is waiting now
    first = try_release(m)
    unblock()
    t.join()
    print(first, out, try_release(m), m.release())


# recv_into (small, and large enough to be copied without the GIL)
for size in (100, 100000):
    a, b = socket.socketpair()
    buf = bytearray(size)
    m = memoryview(buf)
    blocked(lambda: a.recv_into(m), lambda: b.send(b'abc'), m)
    print(buf[:3])
    a.close()
    b.close()

# recvfrom_into on a datagram socket
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.bind(('127.0.0.1', 0))
v = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
m = memoryview(bytearray(50))
blocked(lambda: u.recvfrom_into(m)[0], lambda: v.sendto(b'dgram', u.getsockname()), m)
u.close()
v.close()

# sendall of more than the socket buffers hold: blocked until the peer reads
a, b = socket.socketpair()
data = bytes(range(256)) * 8192
m = memoryview(data)
got = bytearray()


def drain():
    while len(got) < len(data):
        got.extend(b.recv(65536))


blocked(lambda: a.sendall(m), drain, m)
print(len(got), got == data)

# a slice of a busy view is another view: it can go
a.close()
b.close()
a, b = socket.socketpair()
m = memoryview(bytearray(10))
s = m[2:]
out = []
t = threading.Thread(target=lambda: out.append(a.recv_into(m)))
t.start()
time.sleep(0.05)
print(try_release(s), try_release(m))
b.send(b'x')
t.join()
# the with statement releases at its end: refused while the call waits
with memoryview(bytearray(10)) as w:
    t = threading.Thread(target=lambda: out.append(a.recv_into(w)))
    t.start()
    time.sleep(0.05)
    try:
        w.__exit__(None, None, None)
    except BufferError:
        print('exit refused')
    b.send(b'y')
    t.join()
print(out, repr(w).startswith("<released"))
a.close()
b.close()

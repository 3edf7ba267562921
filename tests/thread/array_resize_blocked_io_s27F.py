# An array.array whose memory another thread moves (extend) while a blocked
# recv_into / readinto / sendall holds its address: the call must not write to
# or send from freed memory (it once did: array.extend freed the old block).
# CPython refuses the resize with BufferError; here it succeeds and the
# blocked call uses the old memory, so only what both agree on is printed.
import array
import os
import socket
import threading
import time

SIZE = 70000


def grow(arr, out):
    time.sleep(0.05)
    try:
        arr.extend(bytes(1 << 20))
        out.append('grew')
    except BufferError:
        out.append('refused')


def fresh():
    arr = array.array('b', bytes(SIZE))
    guard = bytearray(64)  # after the array: it cannot grow in place
    return arr, guard


# recv_into: the array itself and a view of it
for how in ('array', 'view'):
    a, b = socket.socketpair()
    arr, guard = fresh()
    out = []
    t = threading.Thread(target=lambda: (grow(arr, out), b.sendall(b'x' * 1000)))
    t.start()
    n = a.recv_into(arr if how == 'array' else memoryview(arr)[10:])
    t.join()
    print('recv_into', how, n, len(out))
    a.close()
    b.close()

# readinto of a pipe (a file object; the wait for data lets go of the GIL)
r, w = os.pipe()
f = open(r, 'rb', buffering=0)
arr, guard = fresh()
out = []
t = threading.Thread(target=lambda: (grow(arr, out), os.write(w, b'y' * 500)))
t.start()
print('readinto', f.readinto(arr), len(out))
t.join()
f.close()
os.close(w)

# sendall of an array larger than the socket buffers: the rest is sent from
# the memory the array had when the call began, unchanged.
a, b = socket.socketpair()
data = bytes(range(256)) * 16384
arr = array.array('B', data)
guard = bytearray(64)
out = []
t = threading.Thread(target=lambda: a.sendall(arr))
t.start()
grow(arr, out)
got = bytearray()
while len(got) < len(data):
    got += b.recv(65536)
t.join()
print('sendall', len(got), got == data, len(out))
a.close()
b.close()

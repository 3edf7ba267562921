# socket.recvmsg_into(buffers[, ancbufsize[, flags]]): scatter into several
# writable buffers (any iterable of them), ancillary data (SCM_RIGHTS), and
# the argument errors.
import array
import errno
import os
import socket

a, b = socket.socketpair()
a.sendall(b'hello world!')
b1, b2 = bytearray(5), bytearray(4)
n, anc, flags, addr = b.recvmsg_into([b1, memoryview(b2)])
print(n, b1, b2, anc, flags, repr(addr))
arr = array.array('B', [0] * 8)
n, anc, flags, addr = b.recvmsg_into(x for x in [arr])
print(n, arr.tobytes(), anc)

# An fd passed along with the data arrives in ancdata.
r, w = os.pipe()
a.sendmsg([b'fd'], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, array.array('i', [w]).tobytes())])
buf = bytearray(10)
n, anc, flags, addr = b.recvmsg_into([buf], socket.CMSG_SPACE(4))
print(n, bytes(buf[:n]), len(anc), anc[0][:2] == (socket.SOL_SOCKET, socket.SCM_RIGHTS))
fd = array.array('i', anc[0][2])[0]
os.write(fd, b'via passed fd')
print(os.read(r, 100))
for f in (r, w, fd):
    os.close(f)

# Nothing there and MSG_DONTWAIT: EAGAIN.
try:
    b.recvmsg_into([bytearray(4)], 0, socket.MSG_DONTWAIT)
except OSError as e:
    print('OSError', e.errno == errno.EAGAIN)

buf = bytearray(3)
bad = [(), (3, 0, 0), (buf, 0, 0), ([object()], 0, 0), ([b'ro'], 0, 0),
       ([buf, object()], 0, 0), ([buf], object(), 0), ([buf], 0, object())]
for args in bad:
    try:
        b.recvmsg_into(*args)
    except TypeError:
        print('TypeError')
try:
    b.recvmsg_into([buf], -1, 0)
except ValueError:
    print('ValueError')
a.close()
print(b.recvmsg_into([buf]))
b.close()
try:
    b.recvmsg_into([buf])
except OSError as e:
    print('closed', e.errno == errno.EBADF)

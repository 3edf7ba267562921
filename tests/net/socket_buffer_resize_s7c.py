# Arguments converted by __index__ or produced by an iterator may resize a
# bytearray that is also passed: its memory is taken only after them, so the
# kernel never writes into (or reads from) a freed block. Found by review
# while fuzzing socket.sendmsg/recvmsg_into (they did; CPython: BufferError).
import socket
a, b = socket.socketpair()
ba = bytearray(3000)
class I:
    def __index__(self):
        ba.clear()
        return 100
def t(f):
    ba[:] = bytearray(3000)
    a.send(b'z' * 200)
    try:
        r = f()
        print(r if not isinstance(r, tuple) else r[1:])
    except (BufferError, ValueError) as e:
        print('error')
    b.setblocking(False)
    try:
        b.recv(10000)
    except OSError:
        pass
    b.setblocking(True)
t(lambda: b.recv_into(ba, I()))
t(lambda: b.recvmsg_into([ba], I()))
t(lambda: len(ba))
ba2 = bytearray()
def anc():
    yield (socket.SOL_SOCKET, 99, ba2)
    ba2.extend(b'x' * 5000)
    yield (socket.SOL_SOCKET, 99, b'')
try:
    print(a.sendmsg([b'hi'], anc()))
except OSError as e:
    print('OSError', e.errno)

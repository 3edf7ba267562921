# socket.send_fds()/recv_fds() (CPython 3.9+): pipe fds passed over an
# AF_UNIX socketpair stay connected; room for fewer fds than sent cuts the
# control message (MSG_CTRUNC); a plain message brings no fds.
import os, socket
if not hasattr(socket, 'AF_UNIX'):
    print('SKIP')
    raise SystemExit
pipes = [os.pipe() for i in range(3)]
a, b = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
print(socket.send_fds(a, [b'hello'], [r for r, w in pipes]))
msg, fds, flags, addr = socket.recv_fds(b, 100, 10)
print(msg, len(fds), flags)
for i, (r, w) in enumerate(pipes):
    os.write(w, b'pipe %d' % i)
for fd in fds:
    print(os.read(fd, 100))
    os.close(fd)

print(socket.send_fds(a, [b'ab', b'cd'], [pipes[0][0], pipes[1][0]]))
msg, fds, flags, addr = socket.recv_fds(b, 100, 1)
print(msg, len(fds), bool(flags & socket.MSG_CTRUNC))
for fd in fds:
    os.close(fd)

a.send(b'plain')
msg, fds, flags, addr = socket.recv_fds(b, 100, 4)
print(msg, fds, flags)

for bad in (['x'], [2 ** 40]):
    try:
        socket.send_fds(a, [b'z'], bad)
    except Exception as e:
        print(type(e).__name__)
try:
    socket.no_such_name
except AttributeError as e:
    print('AttributeError')
for r, w in pipes:
    os.close(r)
    os.close(w)
a.close()
b.close()

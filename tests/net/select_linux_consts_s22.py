# select's host constants: POLLRDHUP/POLLMSG exist on Linux only (as in CPython),
# PIPE_BUF everywhere; a peer's shutdown(SHUT_WR) is reported as POLLRDHUP.
import select, socket, sys
print(select.PIPE_BUF >= 512)
if sys.platform == 'linux':
    print(select.POLLRDHUP, select.POLLMSG)
    a, b = socket.socketpair()
    p = select.poll()
    p.register(a, select.POLLIN | select.POLLRDHUP)
    print(p.poll(0))
    b.shutdown(socket.SHUT_WR)
    print([(fd == a or fd == a.fileno(), ev & select.POLLRDHUP != 0) for fd, ev in p.poll(1000)])
    a.close()
    b.close()
else:
    print('not linux')

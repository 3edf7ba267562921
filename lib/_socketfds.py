# socket.send_fds() and socket.recv_fds() (CPython 3.9+): open file
# descriptors passed over an AF_UNIX socket in SCM_RIGHTS control messages,
# on top of the socket's sendmsg() and recvmsg(). The socket module (C) hands
# these out through its module __getattr__, importing this on first use.

from socket import SOL_SOCKET, SCM_RIGHTS, CMSG_LEN
import array


def send_fds(sock, buffers, fds, flags=0, address=None):
    # flags and address go to sendmsg() as documented (CPython 3.11 drops them)
    rights = (SOL_SOCKET, SCM_RIGHTS, array.array('i', fds))
    return sock.sendmsg(buffers, [rights], flags, address)


def recv_fds(sock, bufsize, maxfds, flags=0):
    fds = array.array('i')
    width = fds.itemsize
    msg, ancdata, msg_flags, addr = sock.recvmsg(bufsize, CMSG_LEN(maxfds * width), flags)
    for level, kind, data in ancdata:
        if level == SOL_SOCKET and kind == SCM_RIGHTS:
            # whole ints only: a message cut short may end inside one
            fds.frombytes(data[:len(data) - len(data) % width])
    return msg, fds.tolist(), msg_flags, addr

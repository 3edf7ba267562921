# socket.sendfile() and the two ways behind it, _sendfile_use_sendfile()
# (zero copy: os.sendfile() from the file's fd to the socket) and
# _sendfile_use_send() (read the file, send() the blocks), in Python as in
# CPython: the socket type (C) lists them as stubs that import this module on
# their first call. The file (binary; any object with read(), and seek() for
# an offset) is sent from offset on, count bytes or to its end, and left
# positioned after the last byte sent, even when sending fails part way.

from errno import EBADF, ETIMEDOUT
from os import fstat, strerror
from select import poll, POLLOUT
from socket import SOCK_STREAM, _GiveupOnSendfile

try:
    from os import sendfile as _os_sendfile
except ImportError:  # no zero-copy system call on this host
    _os_sendfile = None


# (The offset is not checked: as in CPython, a bad one fails where it is
# used, and not at all for an empty file.)
def _check(sock, file, offset, count):
    if 'b' not in getattr(file, 'mode', 'b'):
        raise ValueError('file should be opened in binary mode')
    if sock._closed:
        raise OSError(EBADF, strerror(EBADF))
    if sock.type != SOCK_STREAM:
        raise ValueError('only SOCK_STREAM type sockets are supported')
    if count is not None:
        if not isinstance(count, int):
            raise TypeError('count must be a positive integer (got %r)' % (count,))
        if count <= 0:
            raise ValueError('count must be a positive integer (got %r)' % (count,))


def _blocking(sock):
    if sock.gettimeout() == 0:
        raise ValueError('non-blocking sockets are not supported')


def _seek(file, pos):
    seek = getattr(file, 'seek', None)
    if seek is not None:
        seek(pos)


# The zero-copy way: bytes sent, or a _GiveupOnSendfile holding the reason
# (an errno, fileno()'s exception, None) when the file cannot be sent so,
# which is known before anything was sent.
def _zero_copy(sock, file, offset, count):
    reason = None
    fd = -1
    if _os_sendfile is not None:
        try:
            fd = file.fileno()
        except (AttributeError, OSError) as e:
            reason = e
        else:
            # A bad fd is a TypeError or OverflowError here, as in CPython.
            try:
                size = fstat(fd).st_size
            except OSError as e:
                reason = e.errno
                fd = -1
            else:
                if size == 0:
                    # An empty file, a pipe, a socket: nothing to send
                    # (CPython's rule; reading a socket whose peer is this
                    # one never ends).
                    return 0
    if fd < 0:
        return _GiveupOnSendfile(reason)
    _blocking(sock)
    timeout = sock.gettimeout()
    out = sock.fileno()
    waiter = None
    sent = 0
    try:
        # At most 1 GiB a call: some hosts refuse larger counts (CPython's
        # limit too). The kernel leaves the file's own position alone.
        while count is None or sent < count:
            block = 1 << 30
            if count is not None and count - sent < block:
                block = count - sent
            try:
                n = _os_sendfile(out, fd, offset + sent, block)
            except BlockingIOError:
                if waiter is None:
                    waiter = poll()
                    waiter.register(out, POLLOUT)
                # Each wait gets the whole timeout, as in CPython.
                if not waiter.poll(None if timeout is None else timeout * 1000):
                    raise OSError(ETIMEDOUT, strerror(ETIMEDOUT))
                continue
            except OSError as e:
                # A first call that fails: the file may not be of the kind
                # sendfile() takes.
                if sent == 0:
                    return _GiveupOnSendfile(e.errno)
                raise
            if n == 0:
                break
            sent += n
    finally:
        if sent:
            _seek(file, offset + sent)
    return sent


def _sendfile_use_sendfile(self, file, offset=0, count=None):
    _check(self, file, offset, count)
    r = _zero_copy(self, file, offset, count)
    if isinstance(r, _GiveupOnSendfile):
        raise r
    return r


def _sendfile_use_send(self, file, offset=0, count=None):
    _check(self, file, offset, count)
    return _use_send(self, file, offset, count)


def _use_send(sock, file, offset, count):
    _blocking(sock)
    if offset:
        _seek(file, offset)
    read = file.read
    sent = 0
    try:
        while True:
            block = 32768
            if count is not None and count - sent < block:
                block = count - sent
            if block == 0:
                break
            data = memoryview(read(block))
            if not data:
                break
            while data:
                n = sock.send(data)
                sent += n
                data = data[n:]
    finally:
        if sent:
            _seek(file, offset + sent)
    return sent


def sendfile(self, file, offset=0, count=None):
    _check(self, file, offset, count)
    r = _zero_copy(self, file, offset, count)
    if isinstance(r, _GiveupOnSendfile):
        return _use_send(self, file, offset, count)
    return r

# HTTPResponse.peek() on a loopback socket: it shows what the next read gives,
# never past the current chunk; nothing for HEAD.
import socket
import http.client as hc

srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 0))
srv.listen(2)
c = hc.HTTPConnection('127.0.0.1', srv.getsockname()[1], timeout=2)
c.connect()
peer = srv.accept()[0]
peer.settimeout(2)


def exchange(method, reply):
    c.request(method, '/')
    peer.recv(4096)
    peer.sendall(reply)
    return c.getresponse()


r = exchange('GET', b'HTTP/1.1 200 OK\r\nContent-Length: 11\r\n\r\nhello world')
print(r.peek(3).startswith(b'hel'), r.read(2), r.peek(), r.read(), r.peek(), r.isclosed())
r = exchange('GET', b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n'
             b'5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n')
print(r.peek(), r.read(3), r.peek(), r.read(2), r.peek(), r.read(), r.peek(), r.isclosed())

r = exchange('HEAD', b'HTTP/1.1 200 OK\r\nContent-Length: 50\r\n\r\n')
print(r.peek(), r.read())
c.close()
peer.close()
srv.close()

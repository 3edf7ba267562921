# http.client through a CONNECT proxy (set_tunnel), on loopback without threads:
# the connection factory accepts on the proxy side and queues the proxy's
# answer before the client reads it. Also set_debuglevel's trace.
import socket
import http.client as hc

srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 0))
srv.listen(4)
PORT = srv.getsockname()[1]
peer = None


def proxy_answer(reply):
    def create(addr, timeout=None, source_address=None):
        global peer
        c = socket.create_connection(addr, timeout)
        peer = srv.accept()[0]
        peer.settimeout(2)
        peer.sendall(reply)
        return c
    return create


def server_read(until):
    buf = b''
    while buf.count(b'\r\n\r\n') < until:
        d = peer.recv(4096)
        if not d:
            break
        buf += d
    return buf


# A tunnel that works: CONNECT first, then the request with the target's Host.
c = hc.HTTPConnection('127.0.0.1', PORT, timeout=2)
c.set_tunnel('target.example', 8080, headers={'Proxy-Authorization': 'Basic eA=='})
print(c._tunnel_host, c._tunnel_port, c._tunnel_headers)
c._create_connection = proxy_answer(b'HTTP/1.0 200 Connection established\r\nX-Proxy: yes\r\n\r\n')
c.request('GET', '/page')
print(server_read(2))
peer.sendall(b'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi')
r = c.getresponse()
print(r.status, r.read())

# Once connected, a tunnel can no longer be set.
try:
    c.set_tunnel('other.example')
except RuntimeError:
    print('RuntimeError')
c.close()
peer.close()

# The target port defaults to 80; brackets come off an IPv6 target.
c = hc.HTTPConnection('127.0.0.1', PORT, timeout=2)
c.set_tunnel('[::1]')
print(c._tunnel_host, c._tunnel_port)
c.set_tunnel('target.example')
print(c._tunnel_host, c._tunnel_port, c._tunnel_headers)
c._create_connection = proxy_answer(b'HTTP/1.1 200 OK\r\n\r\n')
c.request('HEAD', '/')
print(server_read(2))
peer.sendall(b'HTTP/1.1 200 OK\r\nContent-Length: 99\r\n\r\n')
r = c.getresponse()
print(r.status, r.length, r.read())
c.close()
peer.close()

# The proxy refuses: OSError, and the connection is closed.
c = hc.HTTPConnection('127.0.0.1', PORT, timeout=2)
c.set_tunnel('target.example', 443)
c._create_connection = proxy_answer(b'HTTP/1.1 407 Proxy Authentication Required\r\n\r\n')
try:
    c.request('GET', '/')
except OSError as e:
    print('OSError', e.args, c.sock)
peer.close()

# set_debuglevel: what is sent, the status line and the headers received.
c = hc.HTTPConnection('127.0.0.1', PORT, timeout=2)
c.set_debuglevel(1)
c.set_tunnel('target.example')
c._create_connection = proxy_answer(b'HTTP/1.0 200 OK\r\nVia: test\r\n\r\n')
c.request('POST', '/form', body=b'a=1')
print(server_read(2).split(b'\r\n\r\n')[-1])
peer.sendall(b'HTTP/1.1 201 Created\r\nContent-Length: 0\r\nX-A: 1\r\n\r\n')
r = c.getresponse()
print(r.status, r.read())
c.close()
peer.close()
srv.close()

# HTTP/1.1 GET with a socket, makefile() and readline(): prints the status
# line, the headers and the body. Works against any HTTP server.
#
#   http_get.py URL          e.g. http://127.0.0.1:8080/  or  http://example.com/
import socket
import sys


def parse_url(url):
    scheme, _, rest = url.partition("://")
    if not rest:
        scheme, rest = "http", url
    hostport, _, path = rest.partition("/")
    path = "/" + path
    port = 443 if scheme == "https" else 80
    if hostport.startswith("["):  # [IPv6]:port
        host, _, tail = hostport[1:].partition("]")
        if tail.startswith(":"):
            port = int(tail[1:])
    elif ":" in hostport:
        host, _, p = hostport.partition(":")
        port = int(p)
    else:
        host = hostport
    return scheme, host, port, path


def read_chunked(f):
    body = b""
    while True:
        size = int(f.readline().split(b";")[0].strip(), 16)
        if size == 0:
            while f.readline() not in (b"\r\n", b"\n", b""):
                pass  # trailers
            return body
        body += f.read(size)
        f.readline()


def main():
    if len(sys.argv) < 2:
        print("usage: http_get.py URL")
        sys.exit(2)
    scheme, host, port, path = parse_url(sys.argv[1])
    if scheme != "http":
        print("only http:// URLs: %s needs TLS, which is not built in" % scheme)
        sys.exit(1)
    ai = socket.getaddrinfo(host, port, 0, socket.SOCK_STREAM)[0]
    s = socket.socket(ai[0], ai[1], ai[2])
    s.settimeout(15)
    s.connect(ai[4])
    f = s.makefile("rwb")
    hosthdr = host if port == 80 else "%s:%d" % (host, port)
    if ":" in host:
        hosthdr = "[%s]:%d" % (host, port)
    req = "GET %s HTTP/1.1\r\nHost: %s\r\nUser-Agent: http_get.py\r\nAccept: */*\r\nConnection: close\r\n\r\n"
    f.write((req % (path, hosthdr)).encode())
    f.flush()
    status = f.readline()
    print(status.decode().rstrip())
    headers = {}
    while True:
        line = f.readline()
        if line in (b"\r\n", b"\n", b""):
            break
        print(line.decode().rstrip())
        k, _, v = line.decode().partition(":")
        headers[k.strip().lower()] = v.strip()
    print()
    if headers.get("transfer-encoding", "").lower() == "chunked":
        body = read_chunked(f)
    elif "content-length" in headers:
        body = f.read(int(headers["content-length"]))
    else:
        body = f.read()
    try:
        text = body.decode()
    except UnicodeError:
        text = repr(body)
    print(text, end="" if text.endswith("\n") else "\n")
    f.close()
    s.close()


main()

# getaddrinfo(): family/type/proto/flags combinations, host and port forms.
# Results are sorted, so the resolver's order does not matter; no DNS is
# used (numeric hosts, localhost and None only).
import socket

def show(label, *args, **kw):
    try:
        res = socket.getaddrinfo(*args, **kw)
        out = sorted(set((int(f), int(t), p, c, a) for f, t, p, c, a in res))
        print(label, len(out) > 0, out)
    except OSError as e:
        code = e.args[0]
        print(label, "OSError", code < 0 if isinstance(code, int) else code)
    except (TypeError, ValueError, OverflowError, UnicodeError) as e:
        print(label, type(e).__name__)

S, D = socket.SOCK_STREAM, socket.SOCK_DGRAM
show("v4 stream", "127.0.0.1", 80, socket.AF_INET, S)
show("v4 dgram", "127.0.0.1", 53, socket.AF_INET, D)
show("v4 tcp proto", "127.0.0.1", 80, 0, 0, socket.IPPROTO_TCP)
show("v4 udp proto", "127.0.0.1", 80, 0, 0, socket.IPPROTO_UDP)
show("v4 any type", "127.0.0.1", 80, socket.AF_INET, 0)
show("v6", "::1", 8080, socket.AF_INET6, S)
show("v6 full", "fe80::1:2", 8080, socket.AF_INET6, S, 0, socket.AI_NUMERICHOST)
show("v4 as v6 family", "127.0.0.1", 80, socket.AF_INET6, S)
show("v6 as v4 family", "::1", 80, socket.AF_INET, S)
show("numerichost", "1.2.3.4", 1, 0, S, 0, socket.AI_NUMERICHOST)
show("numerichost name", "localhost", 1, 0, S, 0, socket.AI_NUMERICHOST)
show("numericserv", "127.0.0.1", "81", 0, S, 0, socket.AI_NUMERICSERV)
show("numericserv name", "127.0.0.1", "http", 0, S, 0, socket.AI_NUMERICSERV)
show("passive None", None, 9000, socket.AF_INET, S, 0, socket.AI_PASSIVE)
show("passive None v6", None, 9000, socket.AF_INET6, S, 0, socket.AI_PASSIVE)
show("None host", None, 9000, socket.AF_INET, S)
show("None host v6", None, 9000, socket.AF_INET6, S)
show("port None", "127.0.0.1", None, socket.AF_INET, S)
show("port str", "127.0.0.1", "8080", socket.AF_INET, S)
show("port bytes", "127.0.0.1", b"8080", socket.AF_INET, S)
show("service", "127.0.0.1", "http", socket.AF_INET, S)
show("service udp", "127.0.0.1", "domain", socket.AF_INET, D)
show("unknown service", "127.0.0.1", "no-such-service-xyz", socket.AF_INET, S)
show("host bytes", b"127.0.0.1", 80, socket.AF_INET, S)
show("port 0", "127.0.0.1", 0, socket.AF_INET, S)
show("port 65535", "127.0.0.1", 65535, socket.AF_INET, S)
show("both None", None, None)
show("localhost", "localhost", 80, socket.AF_INET, S)
show("canonname numeric", "127.0.0.1", 80, socket.AF_INET, S, 0, socket.AI_CANONNAME)
show("keywords", host="127.0.0.1", port=80, family=socket.AF_INET, type=S)
show("proto kw", "127.0.0.1", 80, proto=socket.IPPROTO_TCP, family=socket.AF_INET)
show("flags kw", "127.0.0.1", 80, flags=socket.AI_NUMERICHOST, type=S, family=socket.AF_INET)
show("bad family", "127.0.0.1", 80, 12345)
show("bad socktype", "127.0.0.1", 80, socket.AF_INET, 12345)
show("bad flags", "127.0.0.1", 80, 0, 0, 0, 0x7fff0000)
show("unix family", "127.0.0.1", 80, socket.AF_UNIX)
show("port float", "127.0.0.1", 80.0)
show("port list", "127.0.0.1", [80])
show("host int", 1234, 80)
show("empty host", "", 80, socket.AF_INET, S)
show("bad ipv4", "300.1.1.1", 80, 0, S, 0, socket.AI_NUMERICHOST)
show("too few", "127.0.0.1")
# the pieces
res = socket.getaddrinfo("127.0.0.1", 8000, socket.AF_INET, S)[0]
print(len(res), type(res[4]).__name__, res[0] == socket.AF_INET, res[1] == S, repr(res[3]))
res = socket.getaddrinfo("::1", 8000, socket.AF_INET6, S)[0]
print(len(res[4]), res[4])
# the spec's idiom
s = socket.socket()
srv = socket.socket()
srv.bind(socket.getaddrinfo("127.0.0.1", 0)[0][-1])
srv.listen(1)
s.connect(socket.getaddrinfo("127.0.0.1", srv.getsockname()[1], 0, socket.SOCK_STREAM)[0][-1])
print("connected", s.getpeername() == srv.getsockname())
s.close()
srv.close()

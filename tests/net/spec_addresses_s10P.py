# spec/socket.md "Addresses" (and the reference text's address formats), the
# parts where CPython behaves the same: getaddrinfo's return shape, host forms
# (str, bytes, None with and without AI_PASSIVE), port forms (int, numeric
# string, service name, None), the af/type/proto/flags filters, inet_pton and
# inet_ntop, IPv4 pairs and IPv6 2- and 4-tuples in bind/sendto/getsockname,
# wrong shapes -> TypeError. The MicroPython-only points are in
# spec_addresses_upy_s10P.py.
import socket, errno
def is_resolver_error(e):
    if type(e).__name__ == "gaierror":
        return True
    return type(e) is OSError and len(e.args) == 2 and isinstance(e.args[0], int) and e.args[0] < 0
def t(label, f, *a, **k):
    try:
        r = f(*a, **k)
        print(label, "->", r)
    except Exception as e:
        if is_resolver_error(e):
            # CPython's gaierror, our OSError; the same args but for the
            # code's sign (the spec makes it negative; macOS's are positive)
            print(label, "! resolver", abs(e.args[0]), e.args[1:])
        else:
            print(label, "!", type(e).__name__, e.args[0] if e.args and isinstance(e.args[0], int) and e.args[0] > 0 else "")
def gai(*a, **k):
    return [(int(f), int(t), p, c, sa) for f, t, p, c, sa in socket.getaddrinfo(*a, **k)]
# return shape
r = gai("127.0.0.1", 80)
print(type(r).__name__, all(type(x) is tuple and len(x) == 5 for x in r))
print(sorted(set(x[4] for x in r)))
print(sorted(set((x[0], x[3]) for x in r)))
r = gai("::1", 80)
print(sorted(set(x[4] for x in r)), r[0][0] == socket.AF_INET6)
# host forms
t("bytes host", lambda: sorted(set(x[4] for x in gai(b"127.0.0.1", 80))))
t("None passive", lambda: sorted(set(x[4] for x in gai(None, 80, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_PASSIVE))))
t("None loop", lambda: sorted(set(x[4] for x in gai(None, 80, socket.AF_INET, socket.SOCK_STREAM))))
t("None loop6", lambda: sorted(set(x[4] for x in gai(None, 80, socket.AF_INET6, socket.SOCK_STREAM))))
t("None passive6", lambda: sorted(set(x[4] for x in gai(None, 80, socket.AF_INET6, socket.SOCK_STREAM, 0, socket.AI_PASSIVE))))
# port forms
t("port str", lambda: gai("127.0.0.1", "8080", socket.AF_INET, socket.SOCK_STREAM))
t("port svc", lambda: gai("127.0.0.1", "http", socket.AF_INET, socket.SOCK_STREAM))
t("port bytes", lambda: gai("127.0.0.1", b"80", socket.AF_INET, socket.SOCK_STREAM))
t("port None", lambda: gai("127.0.0.1", None, socket.AF_INET, socket.SOCK_STREAM))
t("port 0", lambda: gai("127.0.0.1", 0, socket.AF_INET, socket.SOCK_STREAM))
t("port 65535", lambda: gai("127.0.0.1", 65535, socket.AF_INET, socket.SOCK_STREAM))
t("port float", gai, "127.0.0.1", 1.5)
t("both None", gai, None, None)
# filters
t("type dgram", lambda: gai("127.0.0.1", 53, socket.AF_INET, socket.SOCK_DGRAM))
t("proto tcp", lambda: gai("127.0.0.1", 53, 0, 0, socket.IPPROTO_TCP))
t("af6 on v4", lambda: len(gai("127.0.0.1", 53, socket.AF_INET6)))
t("numerichost name", lambda: gai("localhost", 80, 0, 0, 0, socket.AI_NUMERICHOST))
t("numericserv name", lambda: gai("127.0.0.1", "http", 0, 0, 0, socket.AI_NUMERICSERV))
t("canonname", lambda: [x[3] for x in gai("127.0.0.1", 80, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_CANONNAME)])
t("kw", lambda: gai("127.0.0.1", 80, family=socket.AF_INET, type=socket.SOCK_STREAM))
t("no args", gai)
t("one arg", gai, "127.0.0.1")
t("host int", gai, 1, 80)
# inet_pton/ntop
t("pton4", socket.inet_pton, socket.AF_INET, "1.2.3.4")
t("ntop4", socket.inet_ntop, socket.AF_INET, b"\x7f\0\0\1")
t("pton6", socket.inet_pton, socket.AF_INET6, "2001:db8::1")
t("ntop6", socket.inet_ntop, socket.AF_INET6, b"\x20\x01\x0d\xb8" + b"\0" * 11 + b"\1")
t("ntop6 ba", socket.inet_ntop, socket.AF_INET6, bytearray(16))
t("ntop4 mv", socket.inet_ntop, socket.AF_INET, memoryview(b"\1\2\3\4"))
t("pton bad4", socket.inet_pton, socket.AF_INET, "1.2.3")
t("pton bad4b", socket.inet_pton, socket.AF_INET, "256.1.1.1")
t("pton bad6", socket.inet_pton, socket.AF_INET6, "1:::2")
t("pton bytes", socket.inet_pton, socket.AF_INET, b"1.2.3.4")
t("ntop len4", socket.inet_ntop, socket.AF_INET, b"\1\2\3")
t("ntop len6", socket.inet_ntop, socket.AF_INET6, b"\1\2\3")
t("ntop str", socket.inet_ntop, socket.AF_INET, "abcd")
t("pton af", socket.inet_pton, 12345, "1.2.3.4")
t("pton unix", socket.inet_pton, socket.AF_UNIX, "1.2.3.4")
# address tuples in methods
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
t("bind v4", s.bind, ("127.0.0.1", 0))
print("gsn", type(s.getsockname()), len(s.getsockname()), s.getsockname()[0])
t("sendto port -1", s.sendto, b"x", ("127.0.0.1", -1))
t("sendto port 65536", s.sendto, b"x", ("127.0.0.1", 65536))
t("sendto 1tuple", s.sendto, b"x", ("127.0.0.1",))
t("sendto 3tuple", s.sendto, b"x", ("127.0.0.1", 1, 2))
t("sendto list", s.sendto, b"x", ["127.0.0.1", 9])
t("sendto port str", s.sendto, b"x", ("127.0.0.1", "9"))
t("sendto host int", s.sendto, b"x", (1, 9))
t("sendto str", s.sendto, b"x", "127.0.0.1")
t("connect empty host", s.connect, ("", 9))
t("connect broadcast", s.connect, ("<broadcast>", 9))
s.close()
s6 = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
t("bind6 2", s6.bind, ("::1", 0))
g = s6.getsockname(); print("gsn6", len(g), g[0], g[2], g[3])
t("sendto6 2tuple", s6.sendto, b"x", ("::1", g[1]))
print(s6.recvfrom(10)[1][0])
t("sendto6 4tuple", s6.sendto, b"x", ("::1", g[1], 0, 0))
print(len(s6.recvfrom(10)[1]))
t("sendto6 5tuple", s6.sendto, b"x", ("::1", g[1], 0, 0, 0))
t("sendto6 flow big", s6.sendto, b"x", ("::1", g[1], 2**20, 0))
t("sendto6 v4 host", s6.sendto, b"x", ("127.0.0.1", g[1]))
t("sendto6 name", s6.sendto, b"x", ("localhost", g[1]))
s6.close()

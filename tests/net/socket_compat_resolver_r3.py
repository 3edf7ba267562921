# CPython's name/number helpers that the spec does not mention (CPython
# behaviour): gethostbyname(_ex), gethostbyaddr, getfqdn, getnameinfo,
# getservby*, getprotobyname, inet_aton/ntoa, byte order, interface names.
# Only localhost and numeric addresses: no DNS traffic. Resolver errors are
# plain OSError here (spec: no gaierror), so only their args are printed.
import socket

print(socket.gethostbyname("localhost"), socket.gethostbyname("127.0.0.1"))
print(socket.gethostbyname_ex("127.0.0.1"))
name, aliases, ips = socket.gethostbyname_ex("localhost")
print(type(name), aliases, "127.0.0.1" in ips)
name, aliases, ips = socket.gethostbyaddr("127.0.0.1")
print(type(name), len(name) > 0, ips)
print(socket.getfqdn("127.0.0.1") == socket.gethostbyaddr("127.0.0.1")[0])
print(type(socket.getfqdn()), socket.getfqdn("no such host.invalid "))
print(socket.getnameinfo(("127.0.0.1", 80), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
print(socket.getnameinfo(("::1", 8080, 0, 0), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
print(socket.getnameinfo(("::1", 22), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
print(socket.getservbyname("http"), socket.getservbyname("http", "tcp"), socket.getservbyport(80))
print(socket.getservbyport(53, "udp"), socket.getprotobyname("tcp"), socket.getprotobyname("udp"))
print(socket.inet_aton("1.2.3.4"), socket.inet_aton("127.1"), socket.inet_aton("0x7f.1"))
print(socket.inet_ntoa(b"\x7f\x00\x00\x01"), socket.inet_ntoa(bytearray(b"\xff\xff\xff\xff")))
print(socket.htons(1), socket.ntohs(0x1234), socket.htons(65535), socket.htonl(1))
print(socket.ntohl(0x12345678), socket.htonl(0xFFFFFFFF), socket.htons(0))
print(socket.if_nametoindex("lo") == socket.if_nametoindex(b"lo"))
print(socket.if_indextoname(socket.if_nametoindex("lo")))
print(all(type(i) is int and type(n) is str for i, n in socket.if_nameindex()))

tests = [
    (socket.gethostbyname, (None,)),
    (socket.gethostbyname, ("a\0b",)),
    (socket.getnameinfo, (("localhost", 80), 0)),
    (socket.getnameinfo, (("1.2.3.4",), 0)),
    (socket.getnameinfo, ("1.2.3.4", 0)),
    (socket.getservbyname, ("no-such-service",)),
    (socket.getservbyport, (70000,)),
    (socket.getservbyport, (-1,)),
    (socket.getprotobyname, ("no-such-proto",)),
    (socket.inet_aton, ("1.2.3.4.5",)),
    (socket.inet_aton, ("x",)),
    (socket.inet_ntoa, (b"123",)),
    (socket.inet_ntoa, ("1234",)),
    (socket.htons, (-1,)),
    (socket.htons, (65536,)),
    (socket.htonl, (1 << 32,)),
    (socket.ntohl, (1 << 100,)),
    (socket.htons, ("1",)),
    (socket.if_nametoindex, ("no-such-if0",)),
    (socket.if_nametoindex, ("x" * 100,)),
    (socket.if_indextoname, (0,)),
    (socket.if_indextoname, (-1,)),
]
for f, args in tests:
    try:
        print("ok", f(*args))
    except OverflowError:
        print("OverflowError")
    except TypeError:
        print("TypeError")
    except OSError as e:
        print("OSError", e.args)

# herror: what gethostbyaddr raises for an address without a name.
e = socket.herror(1, "Unknown host")
print(issubclass(socket.herror, OSError), e.errno, e.strerror, e.args, str(e))
try:
    raise e
except OSError as x:
    print("caught", x is e)

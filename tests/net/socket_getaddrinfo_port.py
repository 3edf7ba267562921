# getaddrinfo() ports: int, numeric str or bytes, a service name, None.
import socket


def port_of(port, **kw):
    res = socket.getaddrinfo("127.0.0.1", port, socket.AF_INET, socket.SOCK_STREAM, **kw)
    return res[0][4][1]


print(port_of(0), port_of(1), port_of(65535))
print(port_of("8080"), port_of(b"8081"))
print(port_of("http"), port_of("https"))
print(socket.getaddrinfo("127.0.0.1", None, socket.AF_INET, socket.SOCK_STREAM)[0][4])
for bad in (1.5, [80]):
    try:
        port_of(bad)
    except OSError:
        print(repr(bad), "OSError")
    except TypeError:
        print(repr(bad), "TypeError")
try:
    port_of("no-such-service-name")
except OSError as e:
    print("OSError", e.errno == socket.EAI_SERVICE or e.errno == socket.EAI_NONAME)
try:
    port_of("http", flags=socket.AI_NUMERICSERV)
except OSError as e:
    print("OSError", e.errno == socket.EAI_NONAME)

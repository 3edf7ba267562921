# getaddrinfo() failures are OSError whose errno is the resolver's EAI code
# (socket.EAI_*); bad argument types are TypeError.
import socket


def check(*args, **kw):
    try:
        socket.getaddrinfo(*args, **kw)
        print("ok")
    except OSError as e:
        codes = []
        for n in ("EAI_NONAME", "EAI_SERVICE", "EAI_FAMILY", "EAI_SOCKTYPE", "EAI_BADFLAGS"):
            if e.errno == getattr(socket, n):
                codes.append(n)
        print("OSError", codes)
    except (TypeError, ValueError) as e:
        print(type(e).__name__)


check("no-such-host.invalid", 80, flags=socket.AI_NUMERICHOST)
check("not a host name", 80, flags=socket.AI_NUMERICHOST)
check("127.0.0.1", 80, 12345)
check("127.0.0.1", 80, socket.AF_INET, 12345)
check(None, None)
check(123, 80)
check("127.0.0.1")
check()
check("127.0.0.1", 80, "x")
check("127.0.0.1", 80, bogus=1)

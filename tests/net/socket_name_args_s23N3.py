# The name arguments of inet_aton, getservbyname, getservbyport,
# getprotobyname, if_nametoindex and the host of gethostbyname/_ex/addr: a
# wrong type names the function, the argument and what it must be in the
# TypeError, as CPython does (the message is what is tested: the type was
# right already). str subclasses are names too.
import socket


class Name(str):
    pass


def t(f):
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
    except (OSError, ValueError) as e:
        print(type(e).__name__)


t(lambda: socket.inet_aton(5))
t(lambda: socket.inet_aton(b"1.2.3.4"))
t(lambda: socket.inet_aton(Name("1.2.3.4")))
t(lambda: socket.inet_aton("1.2\x00.3"))
t(lambda: socket.getservbyname(5))
t(lambda: socket.getservbyname("http", 5))
t(lambda: socket.getservbyname(Name("http"), Name("tcp")))
t(lambda: socket.getservbyport(80, None))
t(lambda: socket.getservbyport(80, Name("tcp")))
t(lambda: socket.getprotobyname(None))
t(lambda: socket.getprotobyname(Name("udp")))
t(lambda: socket.if_nametoindex(5))
t(lambda: socket.if_nametoindex(b"lo"))
t(lambda: socket.if_nametoindex(Name("lo")))
t(lambda: socket.gethostbyname(None))
t(lambda: socket.gethostbyname_ex(5))
t(lambda: socket.gethostbyaddr(1.5))

# The TypeErrors and OverflowErrors of socket's module functions worded as
# CPython's (the message is the point here, so it is printed): htons/ntohs,
# if_nametoindex and CMSG_LEN/CMSG_SPACE count as its tuple parser does
# ("takes exactly 1 argument"), htonl/ntohl/if_indextoname as one-object
# built-ins of _socket ("takes exactly one argument"); htonl/ntohl want an
# int ("expected int, str found"), if_indextoname "an integer is required".
import socket

calls = []
for name in ("htons", "ntohs", "htonl", "ntohl", "if_nametoindex", "if_indextoname", "CMSG_LEN", "CMSG_SPACE"):
    calls += [(name, ()), (name, (1, 2)), (name, (1, 2, 3))]
for name in ("htons", "ntohs", "htonl", "ntohl", "if_indextoname"):
    calls += [(name, ("x",)), (name, (1.5,)), (name, (None,)), (name, (2**70,)), (name, (-(2**70),))]
calls += [("htons", (True,)), ("htonl", (False,)), ("htonl", (2**32,)), ("ntohs", (2**16,)),
          ("htonl", (-1,)), ("ntohs", (-1,)), ("CMSG_LEN", ("x",)), ("CMSG_SPACE", (-1,))]
for name, args in calls:
    try:
        r = getattr(socket, name)(*args)
        print(name, args, "->", type(r).__name__)
    except (TypeError, OverflowError) as e:
        print(name, args, type(e).__name__, e)
    except OSError as e:
        print(name, args, type(e).__name__)


class Index:
    def __index__(self):
        return 258


# __index__ counts for htons/ntohs only, as in CPython
for name in ("htons", "ntohs", "htonl", "ntohl"):
    try:
        print(name, getattr(socket, name)(Index()))
    except TypeError as e:
        print(name, e)
# the right calls still work
print(socket.ntohs(socket.htons(4660)) == 4660, socket.ntohl(socket.htonl(305419896)) == 305419896)
print(socket.CMSG_LEN(4) <= socket.CMSG_SPACE(4))

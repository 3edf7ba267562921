# Resolver errors are OSError(-EAI code, gai_strerror text) on every host:
# negative codes and no socket.gaierror (spec/socket.md; CPython raises
# socket.gaierror with the host's sign: hence the .exp file).
import socket

print(hasattr(socket, "gaierror"), hasattr(socket, "error"))
try:
    socket.getaddrinfo("not a host name", 80, 0, 0, 0, socket.AI_NUMERICHOST)
except OSError as e:
    print(type(e).__name__, e.errno < 0, e.args[0] == e.errno, e.errno == socket.EAI_NONAME)
    print(len(e.args), type(e.args[1]).__name__, len(e.args[1]) > 0)
print(socket.EAI_NONAME < 0, socket.EAI_SERVICE < 0, socket.EAI_FAMILY < 0)
# out-of-range ports are refused here too (CPython passes 70000 on, and
# some resolvers take it modulo 65536)
for port in (-1, 65536, 70000):
    try:
        socket.getaddrinfo("127.0.0.1", port)
    except OverflowError:
        print(port, "OverflowError")

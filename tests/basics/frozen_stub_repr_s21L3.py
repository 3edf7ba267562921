# A frozen-Python stub standing in a C module prints as the Python function it
# stands for (CPython's socket.create_connection is a Python function), even
# before its frozen module is imported. The address varies, so it is cut off.
import socket

for f in (socket.create_connection, socket.create_server):
    r = repr(f)
    print(r.split(' at 0x')[0], r.endswith('>'), str(f) == r)

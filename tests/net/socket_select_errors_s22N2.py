# Error cases whose wording or value now follows CPython: poll.unregister()
# of an object not registered raises KeyError with the fd as its key;
# recvmsg()'s negative ancillary buffer size and CMSG_LEN/CMSG_SPACE out of
# range name what was wrong; a poll()/select() timeout of the wrong type
# says what it must be (the messages are what is checked, so printed).
import socket
import select

a, b = socket.socketpair()
p = select.poll()
for obj in (a, b.fileno()):
    try:
        p.unregister(obj)
    except KeyError as e:
        print("KeyError", e.args[0] == (obj if isinstance(obj, int) else obj.fileno()))
p.register(a)
p.unregister(a.fileno())
try:
    p.unregister(a)
except KeyError as e:
    print("KeyError again", e.args[0] == a.fileno())

for call in (
    lambda: a.recvmsg(1, -1),
    lambda: a.recvmsg_into([bytearray(1)], -1),
    lambda: a.recvmsg(-1),
):
    try:
        call()
    except ValueError as e:
        print("ValueError", e)

for f in (socket.CMSG_LEN, socket.CMSG_SPACE):
    for n in (-1, 2**31, 2**40):
        try:
            f(n)
        except OverflowError as e:
            print("OverflowError", e)
print(socket.CMSG_LEN(4) > 4, socket.CMSG_SPACE(4) >= socket.CMSG_LEN(4))

p = select.poll()
for v in ("x", b"1", []):
    try:
        p.poll(v)
    except TypeError as e:
        print("poll TypeError", e)
    try:
        select.select([], [], [], v)
    except TypeError as e:
        print("select TypeError", e)
# Numbers still work.
print(p.poll(0), p.poll(0.5), select.select([], [], [], 0), select.select([], [], [], 0.01))
a.close()
b.close()

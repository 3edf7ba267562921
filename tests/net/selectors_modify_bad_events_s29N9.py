# PollSelector.modify() with events that are no int fails before the poller
# is asked (TypeError) and leaves the key registered as it was; an int out of
# range is taken as given (CPython checks only register's events). A modify
# that the poller refuses drops the key.
import selectors
import socket

a, b = socket.socketpair()
for kind in ("PollSelector", "SelectSelector"):
    sel = getattr(selectors, kind)()
    sel.register(a, selectors.EVENT_READ, "d")
    for ev in ("x", None, 4, 3):
        try:
            k = sel.modify(a, ev, "e")
            print(kind, ev, "->", k.events, k.data)
        except Exception as e:
            print(kind, ev, type(e).__name__)
        k = sel.get_map().get(a)
        print(" registered:", k is not None and (k.events, k.data))
        if k is None:
            sel.register(a, selectors.EVENT_READ, "d")
    b.send(b"x")
    print(" select:", [(k.data, ev) for k, ev in sel.select(0)])
    a.recv(1)
    sel.close()
a.close()
b.close()

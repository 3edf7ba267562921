# selectors.PollSelector: the poller comes from the class's _selector_cls
# (select.poll), modify() goes through the poller's own modify(), and a file
# object whose modify() failed is no longer registered (bpo-30014).
import selectors, select, socket

print(selectors.PollSelector._selector_cls is select.poll)


log = []


class FailingPoll:
    def __init__(self):
        self.real = select.poll()
        self.log = log

    def register(self, fd, mask):
        self.log.append("register")
        self.real.register(fd, mask)

    def modify(self, fd, mask):
        self.log.append("modify")
        raise ZeroDivisionError

    def unregister(self, fd):
        self.log.append("unregister")
        self.real.unregister(fd)

    def poll(self, *a):
        return self.real.poll(*a)


class Sel(selectors.PollSelector):
    _selector_cls = FailingPoll


a, b = socket.socketpair()
s = Sel()
s.register(a, selectors.EVENT_READ, "x")
print(len(s.get_map()))
try:
    s.modify(a, selectors.EVENT_WRITE)
except ZeroDivisionError:
    print("ZeroDivisionError")
print(len(s.get_map()), log)
s.close()

# The real poller: the new mask takes effect, data alone can change too.
s = selectors.PollSelector()
s.register(a, selectors.EVENT_READ, "r")
key = s.modify(a, selectors.EVENT_WRITE, "w")
print(key.events == selectors.EVENT_WRITE, key.data)
print([(k.data, ev) for k, ev in s.select(1)])
key = s.modify(a, selectors.EVENT_WRITE, "w2")
print(key.data, s.get_key(a).data)
# After a failed modify() the object can be registered again.
s2 = Sel()
s2.register(b, selectors.EVENT_READ)
try:
    s2.modify(b, selectors.EVENT_WRITE)
except ZeroDivisionError:
    pass
print(s2.register(b, selectors.EVENT_WRITE).events == selectors.EVENT_WRITE, len(s2.get_map()))
s2.close()
s.close()
a.close()
b.close()

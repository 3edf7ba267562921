# select.poll / select.select / selectors with objects whose __getattr__
# raises AttributeError for unknown names (proxies, mocks): the fileno() they
# do have must be used, as in CPython.
import select, selectors, socket


class Proxy:
    def __init__(self, s):
        self._s = s

    def fileno(self):
        return self._s.fileno()

    def __getattr__(self, name):
        if name.startswith('_'):
            raise AttributeError(name)
        return getattr(self._s, name)


class NoFd:
    def __getattr__(self, name):
        raise AttributeError(name)


a, b = socket.socketpair()
pa, pb = Proxy(a), Proxy(b)

p = select.poll()
p.register(pa, select.POLLOUT)
p.register(pb, select.POLLIN)
ev = p.poll(0)
print(len(ev), ev[0][1] == select.POLLOUT)
b.send(b'x')
print(len(p.poll(0)))
p.modify(pa, select.POLLIN)
print(sorted(e for _, e in p.poll(0)) == [select.POLLIN])
p.unregister(pa)
p.unregister(pb)
print(p.poll(0))
for bad in (NoFd(), object()):
    try:
        p.register(bad)
    except TypeError:
        print('TypeError')

r, w, x = select.select([pa, pb], [pa], [], 0)
print(r == [pa], w == [pa], x)
try:
    select.select([NoFd()], [], [], 0)
except TypeError:
    print('TypeError')

for cls in (selectors.DefaultSelector, selectors.SelectSelector):
    with cls() as sel:  # DefaultSelector: epoll in CPython, poll here
        sel.register(pa, selectors.EVENT_READ | selectors.EVENT_WRITE, 'A')
        sel.register(pb, selectors.EVENT_READ, 'B')
        got = sorted((k.data, e) for k, e in sel.select(0))
        print(got)
        print(sel.get_key(pa).fd == a.fileno(), len(sel.get_map()))
        try:
            sel.register(NoFd(), selectors.EVENT_READ)
        except ValueError:
            print('ValueError')
        sel.unregister(pa)
        print(sorted(k.data for k in sel.get_map().values()))

a.recv(10)
a.close()
b.close()

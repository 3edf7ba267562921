# selectors: CPython's API over select.poll (PollSelector, the default) and
# select.select (SelectSelector). Poll is given fd integers, so its results
# map back through our own fd table.
import select
from collections import namedtuple

EVENT_READ = 1
EVENT_WRITE = 2

SelectorKey = namedtuple('SelectorKey', ['fileobj', 'fd', 'events', 'data'])


def _fileobj_to_fd(fileobj):
    if isinstance(fileobj, int):
        fd = fileobj
    else:
        try:
            fd = int(fileobj.fileno())
        except (AttributeError, TypeError, ValueError):
            raise ValueError('Invalid file object: {!r}'.format(fileobj)) from None
    if fd < 0:
        raise ValueError('Invalid file descriptor: {}'.format(fd))
    return fd


class _Map:
    # get_map(): a live read-only view fd -> key that also looks keys up by
    # file object, as CPython's.
    def __init__(self, sel):
        self._s = sel

    def __len__(self):
        return len(self._s._keys)

    def __iter__(self):
        return iter(self._s._keys)

    def __getitem__(self, fileobj):
        try:
            return self._s._keys[self._s._fd(fileobj)]
        except KeyError:
            raise KeyError('{!r} is not registered'.format(fileobj)) from None

    def get(self, fileobj, default=None):
        try:
            return self[fileobj]
        except KeyError:
            return default

    def __contains__(self, fileobj):
        return self.get(fileobj) is not None

    def keys(self):
        return self._s._keys.keys()

    def values(self):
        return self._s._keys.values()

    def items(self):
        return self._s._keys.items()


class BaseSelector:
    def __init__(self):
        self._keys = {}
        self._map = _Map(self)

    def _fd(self, fileobj):
        # A closed object may still be registered: find it by identity.
        try:
            return _fileobj_to_fd(fileobj)
        except ValueError:
            for key in self._keys.values():
                if key.fileobj is fileobj:
                    return key.fd
            raise

    def register(self, fileobj, events, data=None):
        if not events or events & ~(EVENT_READ | EVENT_WRITE):
            raise ValueError('Invalid events: {!r}'.format(events))
        key = SelectorKey(fileobj, self._fd(fileobj), events, data)
        if key.fd in self._keys:
            raise KeyError('{!r} (FD {}) is already registered'.format(fileobj, key.fd))
        self._keys[key.fd] = key
        return key

    def unregister(self, fileobj):
        try:
            return self._keys.pop(self._fd(fileobj))
        except KeyError:
            raise KeyError('{!r} is not registered'.format(fileobj)) from None

    def modify(self, fileobj, events, data=None):
        key = self.get_key(fileobj)
        if events != key.events:
            self.unregister(fileobj)
            key = self.register(fileobj, events, data)
        elif data != key.data:
            key = self._keys[key.fd] = key._replace(data=data)
        return key

    def get_key(self, fileobj):
        if self._map is None:
            raise RuntimeError('Selector is closed')
        return self._map[fileobj]

    def get_map(self):
        return self._map

    def close(self):
        self._keys.clear()
        self._map = None

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def _ready(self, pairs):
        out = []
        for fd, ev in pairs:
            key = self._keys.get(fd)
            if key and ev & key.events:
                out.append((key, ev & key.events))
        return out


class SelectSelector(BaseSelector):
    def select(self, timeout=None):
        if timeout is not None:
            timeout = max(timeout, 0)
        r = [fd for fd, k in self._keys.items() if k.events & EVENT_READ]
        w = [fd for fd, k in self._keys.items() if k.events & EVENT_WRITE]
        if not self._keys:
            if timeout:
                import time
                time.sleep(timeout)
            return []
        r, w, _ = select.select(r, w, [], timeout)
        ev = {}
        for fd in r:
            ev[fd] = EVENT_READ
        for fd in w:
            ev[fd] = ev.get(fd, 0) | EVENT_WRITE
        return self._ready(ev.items())


def _poll_mask(events):
    return (events & EVENT_READ and select.POLLIN) | (events & EVENT_WRITE and select.POLLOUT)


class PollSelector(BaseSelector):
    _selector_cls = select.poll

    def __init__(self):
        super().__init__()
        self._selector = self._selector_cls()

    def register(self, fileobj, events, data=None):
        key = super().register(fileobj, events, data)
        try:
            self._selector.register(key.fd, _poll_mask(events))
        except BaseException:
            BaseSelector.unregister(self, fileobj)
            raise
        return key

    def modify(self, fileobj, events, data=None):
        # As CPython: the poller's own modify(); a file object whose modify()
        # failed is dropped from the map (the poller may still hold its fd),
        # but not one whose events are no int (they fail before).
        key = self.get_key(fileobj)
        if events != key.events:
            mask = _poll_mask(events)
            try:
                self._selector.modify(key.fd, mask)
            except BaseException:
                BaseSelector.unregister(self, fileobj)
                raise
        if events != key.events or data != key.data:
            key = self._keys[key.fd] = key._replace(events=events, data=data)
        return key

    def unregister(self, fileobj):
        key = super().unregister(fileobj)
        try:
            self._selector.unregister(key.fd)
        except OSError:
            pass
        return key

    def select(self, timeout=None):
        if timeout is None:
            t = -1
        elif timeout <= 0:
            t = 0
        else:
            t = -(-timeout * 1000 // 1)
        pairs = []
        for fd, ev in self._selector.poll(int(t)):
            e = 0
            if ev & ~select.POLLOUT:
                e = EVENT_READ
            if ev & ~select.POLLIN:
                e |= EVENT_WRITE
            pairs.append((fd if isinstance(fd, int) else fd.fileno(), e))
        return self._ready(pairs)


DefaultSelector = PollSelector

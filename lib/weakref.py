# weakref: the C part is _weakref (py/objweakref.c); the containers here
# hold plain refs whose callbacks drop dead entries. Callbacks run after a
# collection, so iterations work on a snapshot.
from _weakref import (ref, proxy, getweakrefcount, getweakrefs, ReferenceType,
                      ProxyType, CallableProxyType)
from collections.abc import MutableMapping, MutableSet

ProxyTypes = (ProxyType, CallableProxyType)

class WeakMethod(ref):
    __slots__ = ('_fn', '_kind', '_live', '__weakref__')

    def __new__(cls, meth, callback=None):
        try:
            target, fn = meth.__self__, meth.__func__
        except AttributeError:
            raise TypeError('argument should be a bound method, not %s' % type(meth)) from None
        me = []

        def died(_):
            wm = me[0]()
            if wm is not None and wm._live:
                wm._live = False
                if callback is not None:
                    callback(wm)
        wm = ref.__new__(cls, target, died)
        wm._fn = ref(fn, died)
        wm._kind = type(meth)
        wm._live = True
        me.append(ref(wm))
        return wm

    def __init__(self, *args):
        pass

    def __call__(self):
        target = ref.__call__(self)
        fn = self._fn()
        if target is None or fn is None:
            return None
        return self._kind(fn, target)

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if self._live and other._live:
            return ref.__eq__(self, other) and self._fn == other._fn
        return self is other

    def __ne__(self, other):
        eq = self.__eq__(other)
        return eq if eq is NotImplemented else not eq

    __hash__ = ref.__hash__


class KeyedRef(ref):
    __slots__ = ('key',)

    def __new__(cls, ob, callback, key):
        r = ref.__new__(cls, ob, callback)
        r.key = key
        return r

    def __init__(self, ob, callback, key):
        pass


def _snapshot(d):
    return list(d.items())


class WeakValueDictionary(MutableMapping):
    def __init__(self, other=(), /, **kw):
        self.data = {}
        self.update(other, **kw)

    def _ref(self, key, value):
        def gone(wr, d=self.data):
            if d.get(key) is wr:
                del d[key]
        return ref(value, gone)

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        self.data[key] = self._ref(key, value)

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        return len(self.data)

    def keys(self):
        for k, wr in _snapshot(self.data):
            if wr() is not None:
                yield k

    __iter__ = keys

    def items(self):
        for k, wr in _snapshot(self.data):
            o = wr()
            if o is not None:
                yield k, o

    def values(self):
        for k, o in self.items():
            yield o

    def valuerefs(self):
        return list(self.data.values())

    def popitem(self):
        # The newest live entry, as dict.popitem (and CPython's) gives.
        while True:
            k, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return k, o

    def itervaluerefs(self):
        yield from self.valuerefs()

    def copy(self):
        return type(self)(self.items())

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, (dict, MutableMapping)):
            return NotImplemented
        c = self.copy()
        c.update(other)
        return c

    def __ror__(self, other):
        if not isinstance(other, (dict, MutableMapping)):
            return NotImplemented
        c = type(self)(other)
        c.update(self)
        return c

    def __ior__(self, other):
        self.update(other)
        return self

    def __repr__(self):
        return '<%s at %#x>' % (type(self).__name__, id(self))


class WeakKeyDictionary(MutableMapping):
    def __init__(self, dict=None):
        self.data = {}
        d = self.data

        def gone(wr):
            d.pop(wr, None)
        self._gone = gone
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._gone)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __len__(self):
        return len(self.data)

    def items(self):
        for wr, v in _snapshot(self.data):
            o = wr()
            if o is not None:
                yield o, v

    def keys(self):
        for o, v in self.items():
            yield o

    __iter__ = keys

    def values(self):
        for o, v in self.items():
            yield v

    def keyrefs(self):
        return list(self.data)

    def popitem(self):
        while True:
            wr, v = self.data.popitem()
            o = wr()
            if o is not None:
                return o, v

    def copy(self):
        return type(self)(self.items())

    __copy__ = copy

    __or__ = WeakValueDictionary.__or__
    __ror__ = WeakValueDictionary.__ror__
    __ior__ = WeakValueDictionary.__ior__
    __repr__ = WeakValueDictionary.__repr__


# inplace: 0 a new WeakSet, 1 update (None), 2 in-place operator (self)
def _setop(name, inplace=0):
    def op(self, *others):
        res = getattr(set(self), name)(*others)
        if not inplace:
            return type(self)(res)
        self.data.clear()
        self.update(res)
        if inplace > 1:
            return self
    return op


def _setcmp(name):
    return lambda self, other: getattr(set(self), name)(set(other))


class WeakSet(MutableSet):
    def __init__(self, data=None):
        self.data = s = set()

        def gone(wr):
            s.discard(wr)
        self._gone = gone
        if data is not None:
            self.update(data)

    def __iter__(self):
        for wr in list(self.data):
            o = wr()
            if o is not None:
                yield o

    def __len__(self):
        return len(self.data)

    def __contains__(self, item):
        try:
            return ref(item) in self.data
        except TypeError:
            return False

    def add(self, item):
        self.data.add(ref(item, self._gone))

    def discard(self, item):
        self.data.discard(ref(item))

    def remove(self, item):
        self.data.remove(ref(item))

    def pop(self):
        while True:
            o = self.data.pop()()
            if o is not None:
                return o

    def clear(self):
        self.data.clear()

    def copy(self):
        return type(self)(self)

    def __reduce__(self):
        # Instance attributes and __slots__ values of a subclass, less our own.
        st = self.__getstate__()
        d, slots = st if isinstance(st, tuple) else (st, None)
        d = {k: v for k, v in (d or {}).items() if k not in ('data', '_gone')} or None
        return type(self), (list(self),), (d, slots) if slots else d

    def update(self, *others):
        for it in others:
            for o in it:
                self.add(o)

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return set(self) == set(other)

    union = __or__ = _setop('union')
    difference = __sub__ = _setop('difference')
    intersection = __and__ = _setop('intersection')
    symmetric_difference = __xor__ = _setop('symmetric_difference')
    __ior__ = _setop('union', 2)
    difference_update = _setop('difference', 1)
    intersection_update = _setop('intersection', 1)
    symmetric_difference_update = _setop('symmetric_difference', 1)
    __isub__ = _setop('difference', 2)
    __iand__ = _setop('intersection', 2)
    __ixor__ = _setop('symmetric_difference', 2)
    issubset = __le__ = _setcmp('__le__')
    issuperset = __ge__ = _setcmp('__ge__')
    __lt__ = _setcmp('__lt__')
    __gt__ = _setcmp('__gt__')
    isdisjoint = _setcmp('isdisjoint')

    def __repr__(self):
        return repr(self.data)

    __hash__ = None


class finalize:
    # Pending finalizers live here, so that dropping the finalize object
    # does not cancel it (a dict keeps them in creation order).
    _pending = {}
    atexit = True

    def __init__(self, obj, func, /, *args, **kwargs):
        self._job = (func, args, kwargs)
        self._wr = ref(obj, self)
        finalize._pending[self] = None

    def _take(self):
        if finalize._pending.pop(self, 0) is None:
            job, self._job = self._job, None
            return job

    def __call__(self, _=None):
        job = self._take()
        if job:
            return job[0](*job[1], **job[2])

    def detach(self):
        o = self._wr()
        if o is not None:
            job = self._take()
            if job:
                return (o,) + job

    def peek(self):
        o = self._wr()
        if o is not None and self in finalize._pending:
            return (o,) + self._job

    @property
    def alive(self):
        return self in finalize._pending

    def __repr__(self):
        o = self._wr()
        if o is None:
            return '<finalize object at %#x; dead>' % id(self)
        return '<finalize object at %#x; for %r at %#x>' % (id(self), type(o).__name__, id(o))

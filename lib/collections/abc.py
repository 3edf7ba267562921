# _collections_abc: the abstract base classes of collections.abc (Iterable,
# Sequence, Mapping, Set...), with CPython 3.11's public names, abstract
# methods, mixin methods and the built-in types registered to them.
# collections.abc is meant to expose this module (it cannot be a package
# here: frozen modules are top-level only).
#
# Every class is assembled by _make() from three parts: the names it leaves
# abstract, the mixin methods it derives from them (plain functions defined
# below, grouped by family), and, for the one-method "protocol" ABCs
# (Sized, Iterable, Hashable...), the names whose presence on any class is
# enough for issubclass() (a name set to None opts out, as `__hash__ = None`
# does).

from abc import ABCMeta

__all__ = ['Awaitable', 'Coroutine', 'AsyncIterable', 'AsyncIterator', 'AsyncGenerator',
           'Hashable', 'Iterable', 'Iterator', 'Generator', 'Reversible', 'Sized',
           'Container', 'Callable', 'Collection', 'Set', 'MutableSet', 'Mapping',
           'MutableMapping', 'MappingView', 'KeysView', 'ItemsView', 'ValuesView',
           'Sequence', 'MutableSequence', 'ByteString']

_MISSING = object()


# What the abstract methods do when a subclass reaches them through super():
# a neutral answer, or the exception that ends the protocol, as in CPython.
_NEUTRAL_RESULTS = {'__len__': 0, '__hash__': 0, '__contains__': False, '__call__': False}
_PROTOCOL_END = {'__next__': StopIteration, 'send': StopIteration,
                 '__anext__': StopAsyncIteration, 'asend': StopAsyncIteration}
_KEYED = ('Mapping', 'MutableMapping')


def _placeholder(owner, name, is_async):
    # The body a subclass must replace.
    if name in ('throw', 'athrow'):
        def fallback(self, typ, val=None, tb=None):
            _raise_thrown(typ, val, tb)
    elif name in ('__iter__', '__await__'):
        def fallback(self):
            return iter(())
    elif name in _NEUTRAL_RESULTS:
        answer = _NEUTRAL_RESULTS[name]

        def fallback(self, *args):
            return answer
    else:
        ending = _PROTOCOL_END.get(name)
        if ending is None:
            ending = KeyError if owner in _KEYED else IndexError

        def fallback(self, *args, **kwds):
            raise ending
    if is_async:
        async def required(self, *args, **kwds):
            return fallback(self, *args, **kwds)
    else:
        required = fallback
    required.__name__ = name
    required.__qualname__ = owner + '.' + name
    required.__isabstractmethod__ = True
    return required


def _defined_value(C, attr):
    # What the first class of C's MRO defining attr sets it to (None when
    # no class defines it).  Attributes are not looked up with getattr():
    # that would find type.__call__ for every class.
    for klass in C.__mro__:
        found = klass.__dict__.get(attr, _MISSING)
        if found is not _MISSING:
            return found
    return None


def _subscript(cls, item):
    try:
        from types import GenericAlias
        return GenericAlias(cls, item)
    except TypeError:
        return cls


def _make(name, bases, abstract='', mixins=None, protocol=None, doc=None,
          subscriptable=False, slots=()):
    body = {'__module__': 'collections.abc', '__qualname__': name, '__slots__': slots}
    if doc is not None:
        body['__doc__'] = doc
    for spec in abstract.split():
        is_async = spec.startswith('async:')
        meth = spec[6:] if is_async else spec
        body[meth] = _placeholder(name, meth, is_async)
    if mixins:
        for meth, fn in mixins.items():
            if callable(fn) and hasattr(fn, '__qualname__'):
                try:
                    fn.__name__ = meth
                    fn.__qualname__ = name + '.' + meth
                except (AttributeError, TypeError):
                    pass
            body[meth] = fn
    if protocol is not None:
        wanted = tuple(protocol.split())

        def __subclasshook__(cls, C):
            # only for this class itself, not for ABCs derived from it
            if cls is not made:
                return NotImplemented
            for attr in wanted:
                if _defined_value(C, attr) is None:
                    return NotImplemented
            return True
        body['__subclasshook__'] = classmethod(__subclasshook__)
    if subscriptable:
        body['__class_getitem__'] = classmethod(_subscript)
    made = ABCMeta(name, bases, body)
    return made


# ---------------------------------------------------------------------------
# Iteration and coroutine protocols


def _itself(self):
    return self


def _raise_thrown(typ, val, tb):
    # throw(typ[, val[, tb]]) as generators accept it
    exc = val
    if exc is None:
        exc = typ if tb is None else typ()
    if tb is not None:
        exc = exc.with_traceback(tb)
    raise exc


def _sync_close(what):
    def close(self):
        try:
            self.throw(GeneratorExit)
        except (StopIteration, GeneratorExit):
            return None
        raise RuntimeError('%s ignored GeneratorExit' % what)
    return close


async def _async_close(self):
    try:
        await self.athrow(GeneratorExit)
    except (StopAsyncIteration, GeneratorExit):
        return None
    raise RuntimeError('asynchronous generator ignored GeneratorExit')


def _next_by_send(self):
    return self.send(None)


async def _anext_by_asend(self):
    return await self.asend(None)


Hashable = _make('Hashable', (), '__hash__', protocol='__hash__')
Awaitable = _make('Awaitable', (), '__await__', protocol='__await__', subscriptable=True)
Coroutine = _make('Coroutine', (Awaitable,), 'send throw',
                  {'close': _sync_close('coroutine')}, protocol='__await__ send throw close')
AsyncIterable = _make('AsyncIterable', (), '__aiter__', protocol='__aiter__', subscriptable=True)
AsyncIterator = _make('AsyncIterator', (AsyncIterable,), 'async:__anext__',
                      {'__aiter__': _itself}, protocol='__anext__ __aiter__')
AsyncGenerator = _make('AsyncGenerator', (AsyncIterator,), 'async:asend async:athrow',
                       {'__anext__': _anext_by_asend, 'aclose': _async_close},
                       protocol='__aiter__ __anext__ asend athrow aclose')
Iterable = _make('Iterable', (), '__iter__', protocol='__iter__', subscriptable=True)
Iterator = _make('Iterator', (Iterable,), '__next__', {'__iter__': _itself},
                 protocol='__iter__ __next__')
Reversible = _make('Reversible', (Iterable,), '__reversed__', protocol='__reversed__ __iter__')
Generator = _make('Generator', (Iterator,), 'send throw',
                  {'__next__': _next_by_send, 'close': _sync_close('generator')},
                  protocol='__iter__ __next__ send throw close')
Sized = _make('Sized', (), '__len__', protocol='__len__')
Container = _make('Container', (), '__contains__', protocol='__contains__', subscriptable=True)
Collection = _make('Collection', (Sized, Iterable, Container),
                   protocol='__len__ __iter__ __contains__')
Callable = _make('Callable', (), '__call__', protocol='__call__')


def _type_text(t):
    # How a parameter prints inside Callable[...]: classes by qualified name.
    if t is Ellipsis:
        return '...'
    if isinstance(t, type) and type(t).__name__ != 'GenericAlias':
        if t.__module__ == 'builtins':
            return t.__qualname__
        return t.__module__ + '.' + t.__qualname__
    return repr(t)


def _typing():
    import sys
    return sys.modules.get('typing')


class _CallableSubscript:
    # Callable[[P1, P2], R] / Callable[..., R]: __args__ is flat, (P1, P2, R).
    def __init__(self, params, result, origin):
        self._params = params
        self.__origin__ = origin  # Callable or a subclass
        if not isinstance(params, list):
            # ..., a ParamSpec or Concatenate[...]
            self.__args__ = (params, result)
        else:
            self.__args__ = tuple(params) + (result,)

    _callable_args = property(lambda self: self._params)

    @property
    def __parameters__(self):
        # type variables exist only once typing is imported
        t = _typing()
        return t._free_typevars(self.__args__) if t else ()

    def __getitem__(self, item):
        t = _typing()
        if t is None:
            raise TypeError('%r is not a generic class' % self)
        args = t._subst(self, item)
        first = args[0]
        if len(args) == 2 and t._is_param_expr(first) and not isinstance(first, (list, tuple)):
            return _CallableSubscript(first, args[1], self.__origin__)
        return _CallableSubscript(list(args[:-1]), args[-1], self.__origin__)

    def __repr__(self):
        if not isinstance(self._params, list):
            inner = _type_text(self._params)
        else:
            inner = '[' + ', '.join(_type_text(p) for p in self._params) + ']'
        return 'collections.abc.Callable[%s, %s]' % (inner, _type_text(self.__args__[-1]))

    def __eq__(self, other):
        if not isinstance(other, _CallableSubscript):
            return NotImplemented
        return self.__args__ == other.__args__ and self.__origin__ is other.__origin__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    # int | Callable[[int], str] in an annotation: typing's Union stands in
    # for types.UnionType, which takes only classes here
    def __or__(self, other):
        import typing
        return typing.Union[self, other]

    def __ror__(self, other):
        import typing
        return typing.Union[other, self]

    def __call__(self, *args, **kwds):
        obj = self.__origin__(*args, **kwds)
        try:
            obj.__orig_class__ = self
        except Exception:
            pass
        return obj


def _callable_subscript(cls, item):
    if not isinstance(item, tuple) or len(item) != 2:
        raise TypeError('Callable must be used as Callable[[arg, ...], result].')
    params, result = item
    t = _typing()
    if not isinstance(params, list) and not (params is Ellipsis or t and t._is_param_expr(params)):
        raise TypeError('Expected a list of types, an ellipsis, ParamSpec, or Concatenate. Got %r' % (params,))
    return _CallableSubscript(params, result, cls)


Callable.__class_getitem__ = classmethod(_callable_subscript)


# ---------------------------------------------------------------------------
# Set mixins: comparisons, operators and in-place operators, all derived
# from __contains__, __iter__ and __len__ (and add/discard when mutable).


def _all_inside(small, big):
    for elem in small:
        if elem not in big:
            return False
    return True


def _set_relation(size_test, inside_test):
    def relation(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return size_test(len(self), len(other)) and inside_test(self, other)
    return relation


def _forward(a, b):
    return _all_inside(a, b)


def _backward(a, b):
    return _all_inside(b, a)


def _as_set(self, other):
    # the other operand of -, ^: a Set, or any iterable made into one
    if isinstance(other, Set):
        return other
    if isinstance(other, Iterable):
        return self._from_iterable(other)
    return None


def _set_and(self, other):
    if not isinstance(other, Iterable):
        return NotImplemented
    return self._from_iterable([v for v in other if v in self])


def _set_or(self, other):
    if not isinstance(other, Iterable):
        return NotImplemented
    joined = list(self)
    joined.extend(other)
    return self._from_iterable(joined)


def _set_sub(self, other):
    right = _as_set(self, other)
    if right is None:
        return NotImplemented
    return self._from_iterable([v for v in self if v not in right])


def _set_rsub(self, other):
    left = _as_set(self, other)
    if left is None:
        return NotImplemented
    return self._from_iterable([v for v in left if v not in self])


def _set_xor(self, other):
    right = _as_set(self, other)
    if right is None:
        return NotImplemented
    only_here = [v for v in self if v not in right]
    only_there = [v for v in right if v not in self]
    return self._from_iterable(only_here + only_there)


def _set_isdisjoint(self, other):
    """True when no element of other is in this set."""
    for v in other:
        if v in self:
            return False
    return True


def _set_from_iterable(cls, it):
    # documented hook: how the operators build their result
    return cls(it)


def _set_hash(self):
    # documented helper for hashable subclasses: depends only on the
    # elements, like the hash of a frozenset of them
    return hash(frozenset(self))


def _le(x, y):
    return x <= y


def _lt(x, y):
    return x < y


def _ge(x, y):
    return x >= y


def _gt(x, y):
    return x > y


def _eq(x, y):
    return x == y


Set = _make('Set', (Collection,), '', {
    '__le__': _set_relation(_le, _forward), '__lt__': _set_relation(_lt, _forward),
    '__ge__': _set_relation(_ge, _backward), '__gt__': _set_relation(_gt, _backward),
    '__eq__': _set_relation(_eq, _forward), '__hash__': None,
    '__and__': _set_and, '__rand__': _set_and, '__or__': _set_or, '__ror__': _set_or,
    '__sub__': _set_sub, '__rsub__': _set_rsub, '__xor__': _set_xor, '__rxor__': _set_xor,
    'isdisjoint': _set_isdisjoint, '_from_iterable': classmethod(_set_from_iterable),
    '_hash': _set_hash},
    doc='A finite, iterable container; the comparisons and operators come from '
        '__contains__, __iter__ and __len__.')


def _mset_remove(self, value):
    """Take value out of the set; KeyError if it is not there."""
    present = value in self
    if not present:
        raise KeyError(value)
    self.discard(value)


def _mset_pop(self):
    """Remove and return some element; KeyError when empty."""
    picked = next(iter(self), _MISSING)
    if picked is _MISSING:
        raise KeyError
    self.discard(picked)
    return picked


def _mset_clear(self):
    """Remove every element."""
    for value in list(self):
        self.discard(value)


def _mset_ior(self, it):
    for item in it:
        self.add(item)
    return self


def _mset_iand(self, it):
    doomed = [value for value in self if value not in it]
    for value in doomed:
        self.discard(value)
    return self


def _mset_ixor(self, it):
    if it is self:
        _mset_clear(self)
        return self
    other = it if isinstance(it, Set) else self._from_iterable(it)
    for value in other:
        (self.discard if value in self else self.add)(value)
    return self


def _mset_isub(self, it):
    if it is self:
        _mset_clear(self)
        return self
    for item in it:
        self.discard(item)
    return self


MutableSet = _make('MutableSet', (Set,), 'add discard', {
    'remove': _mset_remove, 'pop': _mset_pop, 'clear': _mset_clear,
    '__ior__': _mset_ior, '__iand__': _mset_iand, '__ixor__': _mset_ixor,
    '__isub__': _mset_isub},
    doc='A set with add() and discard(); the in-place operators, remove, pop '
        'and clear come from them.')


# ---------------------------------------------------------------------------
# Mappings and their views


def _lookup(mapping, key):
    try:
        return mapping[key]
    except KeyError:
        return _MISSING


def _map_get(self, key, default=None):
    """self[key], or default when the key is missing."""
    found = _lookup(self, key)
    return default if found is _MISSING else found


def _map_contains(self, key):
    return _lookup(self, key) is not _MISSING


def _map_keys(self):
    """A set-like view of the keys."""
    return KeysView(self)


def _map_items(self):
    """A set-like view of the (key, value) pairs."""
    return ItemsView(self)


def _map_values(self):
    """A view of the values."""
    return ValuesView(self)


def _map_eq(self, other):
    if isinstance(other, Mapping):
        return dict(self.items()) == dict(other.items())
    return NotImplemented


Mapping = _make('Mapping', (Collection,), '__getitem__', {
    'get': _map_get, '__contains__': _map_contains, 'keys': _map_keys,
    'items': _map_items, 'values': _map_values, '__eq__': _map_eq,
    '__hash__': None, '__reversed__': None, '__abc_tpflags__': 1 << 6},
    doc='A container of key/value pairs; get, keys, items, values, __contains__ '
        'and __eq__ come from __getitem__, __iter__ and __len__.')


def _view_init(self, mapping):
    self._mapping = mapping


def _view_len(self):
    return len(self._mapping)


def _view_repr(self):
    return '%s(%r)' % (type(self).__name__, self._mapping)


MappingView = _make('MappingView', (Sized,), '', {
    '__init__': _view_init, '__len__': _view_len, '__repr__': _view_repr},
    subscriptable=True, slots=('_mapping',))


def _to_builtin_set(cls, it):
    return set(it)


def _keys_contains(self, key):
    return key in self._mapping


def _keys_iter(self):
    return iter(self._mapping)


def _pair_matches(found, value):
    return found is value or found == value


def _items_contains(self, item):
    key, value = item
    found = _lookup(self._mapping, key)
    return found is not _MISSING and _pair_matches(found, value)


def _items_iter(self):
    source = self._mapping
    return iter([(k, source[k]) for k in source])


def _values_contains(self, value):
    source = self._mapping
    return any(_pair_matches(source[k], value) for k in source)


def _values_iter(self):
    source = self._mapping
    return iter([source[k] for k in source])


KeysView = _make('KeysView', (MappingView, Set), '', {
    '_from_iterable': classmethod(_to_builtin_set), '__contains__': _keys_contains,
    '__iter__': _keys_iter})
ItemsView = _make('ItemsView', (MappingView, Set), '', {
    '_from_iterable': classmethod(_to_builtin_set), '__contains__': _items_contains,
    '__iter__': _items_iter})
ValuesView = _make('ValuesView', (MappingView, Collection), '', {
    '__contains__': _values_contains, '__iter__': _values_iter})


def _mmap_pop(self, key, default=_MISSING):
    """Remove key and return its value; default (or KeyError) when missing."""
    found = _lookup(self, key)
    if found is _MISSING:
        if default is _MISSING:
            raise KeyError(key)
        return default
    del self[key]
    return found


def _mmap_popitem(self):
    """Remove and return some (key, value) pair; KeyError when empty."""
    key = next(iter(self), _MISSING)
    if key is _MISSING:
        raise KeyError
    found = self[key]
    del self[key]
    return key, found


def _mmap_clear(self):
    """Remove every key, through popitem() (a subclass may keep some)."""
    try:
        while True:
            self.popitem()
    except KeyError:
        pass


def _mmap_update(self, other=(), /, **kwds):
    """Set keys from a mapping, from (key, value) pairs, and from keywords."""
    if isinstance(other, Mapping) or hasattr(other, 'keys'):
        source = other
        pairs = [(k, source[k]) for k in source.keys()]
    else:
        pairs = other
    for key, value in pairs:
        self[key] = value
    for key in kwds:
        self[key] = kwds[key]


def _mmap_setdefault(self, key, default=None):
    """self[key], first storing default there when the key is missing."""
    found = _lookup(self, key)
    if found is _MISSING:
        self[key] = found = default
    return found


MutableMapping = _make('MutableMapping', (Mapping,), '__setitem__ __delitem__', {
    'pop': _mmap_pop, 'popitem': _mmap_popitem, 'clear': _mmap_clear,
    'update': _mmap_update, 'setdefault': _mmap_setdefault},
    doc='A mapping with __setitem__ and __delitem__; pop, popitem, clear, update '
        'and setdefault come from them.')


# ---------------------------------------------------------------------------
# Sequences


def _seq_iter(self):
    position = 0
    while True:
        try:
            item = self[position]
        except IndexError:
            return
        yield item
        position += 1


def _seq_contains(self, value):
    return any(_pair_matches(item, value) for item in self)


def _seq_reversed(self):
    position = len(self)
    while position > 0:
        position -= 1
        yield self[position]


def _seq_index(self, value, start=0, stop=None):
    """Position of the first item equal to value in [start, stop); ValueError if none."""
    size = len(self)
    first = max(size + start, 0) if start is not None and start < 0 else start
    end = None if stop is None else (stop + size if stop < 0 else stop)
    position = first
    while end is None or position < end:
        try:
            item = self[position]
        except IndexError:
            break
        if _pair_matches(item, value):
            return position
        position += 1
    raise ValueError


def _seq_count(self, value):
    """How many items equal value."""
    return len([1 for item in self if _pair_matches(item, value)])


Sequence = _make('Sequence', (Reversible, Collection), '__getitem__', {
    '__iter__': _seq_iter, '__contains__': _seq_contains, '__reversed__': _seq_reversed,
    'index': _seq_index, 'count': _seq_count, '__abc_tpflags__': 1 << 5},
    doc='A read-only sequence; __iter__, __contains__, __reversed__, index and '
        'count come from __getitem__ and __len__.')
ByteString = _make('ByteString', (Sequence,), doc='Sequences of small integers: bytes and bytearray.')


def _mseq_append(self, value):
    """Add value at the end."""
    self.insert(len(self), value)


def _mseq_clear(self):
    """Remove every item."""
    for _ in range(len(self)):
        self.pop()


def _mseq_reverse(self):
    """Reverse the items in place."""
    low, high = 0, len(self) - 1
    while low < high:
        self[low], self[high] = self[high], self[low]
        low += 1
        high -= 1


def _mseq_extend(self, values):
    """Append every item of values."""
    for item in (list(values) if values is self else values):
        self.append(item)


def _mseq_pop(self, index=-1):
    """Remove and return the item at index (the last by default)."""
    item = self[index]
    del self[index]
    return item


def _mseq_remove(self, value):
    """Remove the first item equal to value; ValueError if none."""
    position = self.index(value)
    del self[position]


def _mseq_iadd(self, values):
    _mseq_extend(self, values)
    return self


MutableSequence = _make('MutableSequence', (Sequence,), '__setitem__ __delitem__ insert', {
    'append': _mseq_append, 'clear': _mseq_clear, 'reverse': _mseq_reverse,
    'extend': _mseq_extend, 'pop': _mseq_pop, 'remove': _mseq_remove,
    '__iadd__': _mseq_iadd},
    doc='A sequence with __setitem__, __delitem__ and insert; append, extend, pop, '
        'remove, reverse, clear and += come from them.')


# ---------------------------------------------------------------------------
# Built-in types


def _builtin_registrations():
    async def coro_fn():
        pass

    async def agen_fn():
        yield

    def gen_fn():
        yield

    coro = coro_fn()
    yield Coroutine, type(coro)
    coro.close()
    yield AsyncGenerator, type(agen_fn())
    yield Generator, type(gen_fn())
    for sample in (iter(b''), iter(bytearray()), iter({}), iter({}.keys()), iter({}.values()),
                   iter({}.items()), iter([]), reversed([]), iter(range(0)), iter(set()),
                   iter(''), iter(()), zip(), map(len, ()), filter(None, ()), enumerate(())):
        yield Iterator, type(sample)
    for kind in (tuple, str, range, memoryview):
        yield Sequence, kind
    yield ByteString, bytes
    yield ByteString, bytearray
    yield MutableSequence, list
    import collections
    yield MutableSequence, collections.deque
    yield MutableSequence, bytearray
    try:
        import array  # CPython's array module registers itself
    except ImportError:
        pass
    else:
        yield MutableSequence, array.array
    yield Set, frozenset
    yield MutableSet, set
    yield Mapping, type(type.__dict__)
    yield MutableMapping, dict
    yield KeysView, type({}.keys())
    yield ValuesView, type({}.values())
    yield ItemsView, type({}.items())


for _abc_class, _kind in _builtin_registrations():
    _abc_class.register(_kind)
del _abc_class, _kind

# copy: shallow and deep copies (a small rewrite of the documented behaviour
# of CPython's module). There is no pickle protocol here: instances are
# rebuilt with cls.__new__ and their __dict__ and __slots__ are copied over,
# honouring __copy__ and __deepcopy__.

import sys
from _weakref import ref as _ref

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error

_atomic = {type(None), int, float, bool, complex, str, bytes, type, range,
           type(len), type(Ellipsis), type(NotImplemented), type(lambda: 0),
           property, slice, type((lambda: 0).__code__), _ref,
           type(int | str), type(list[int])}


class _Probe:
    def meth(self):
        pass


_method_type = type(_Probe().meth)


def _user_method(cls, name):
    # A method defined by a class of the MRO (not object's default).
    for klass in cls.__mro__:
        if klass is object:
            return None
        method = klass.__dict__.get(name)
        if method is not None:
            return method
    return None


def _give_state(obj, state):
    # __setstate__ if the class has one, else merge into the instance dict
    setter = getattr(obj, '__setstate__', None)
    if setter is not None:
        setter(state)
    elif state:
        obj.__dict__.update(state)


def _reduction(x, cls):
    # What pickling would use to rebuild x: a copyreg registration, or the
    # class's own __reduce_ex__ / __reduce__. None when there is neither (the
    # generic rebuilding below then applies).
    registry = sys.modules.get('copyreg')
    if registry is not None:
        maker = getattr(registry, 'dispatch_table', {}).get(cls)
        if maker is not None:
            return maker(x)
    if _user_method(cls, '__reduce_ex__') is not None:
        return x.__reduce_ex__(4)
    if _user_method(cls, '__reduce__') is not None:
        return x.__reduce__()
    return None


def _from_reduction(x, parts, deep, memo):
    # parts: (callable, args[, state[, list items[, dict items]]]); a
    # pickle-only state setter (6th item) is not accepted here
    if not 2 <= len(parts) <= 5:
        raise TypeError('copy: a reduction must have 2 to 5 items, not %d'
                        % len(parts))
    if deep:
        def conv(v):
            return deepcopy(v, memo)
    else:
        def conv(v):
            return v
    make, args, state, list_items, dict_items = \
        tuple(parts) + (None,) * (5 - len(parts))
    y = make(*[conv(a) for a in args])
    if deep:
        memo[id(x)] = y
    if state is not None:
        state = conv(state)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            slot_state = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slot_state = state
            if state:
                y.__dict__.update(state)
            if slot_state:
                for name, value in slot_state.items():
                    setattr(y, name, value)
    if list_items is not None:
        for item in list_items:
            y.append(conv(item))
    if dict_items is not None:
        for key, value in dict_items:
            y[conv(key)] = conv(value)
    return y


def _rebuild(x, deep, memo):
    cls = type(x)
    parts = _reduction(x, cls)
    if isinstance(parts, str):
        return x
    if parts is not None:
        return _from_reduction(x, parts, deep, memo)
    # an instance that hides both reduce methods cannot be copied
    if getattr(x, '__reduce_ex__', None) is None and getattr(x, '__reduce__', None) is None:
        raise Error('un(%s)copyable object of type %s' % ('deep' if deep else 'shallow', cls))
    if deep:
        def conv(v):
            return deepcopy(v, memo)
    else:
        def conv(v):
            return v
    from copyreg import _slotnames
    slots = _slotnames(cls)
    # an instance of a class with neither __dict__ nor __slots__ is a
    # built-in object that cannot be rebuilt (object() itself can)
    if isinstance(x, type(sys)) or not slots and not hasattr(x, '__dict__') and cls is not object \
            and not any(['__slots__' in k.__dict__ for k in cls.__mro__]) and not isinstance(
            x, (list, dict, set, frozenset, tuple, bytearray)) \
            and not hasattr(cls, 'appendleft') and not hasattr(cls, 'frombytes'):
        raise TypeError("cannot pickle memoryview objects" if cls is memoryview
                        else "cannot pickle '%s' object" % cls.__name__)
    # Immutable containers get their items at creation; the others are
    # registered in memo first so that cycles through them resolve.
    if isinstance(x, tuple):
        items = [conv(v) for v in x]
        if deep and id(x) in memo:
            return memo[id(x)]
        y = cls.__new__(cls, *items) if hasattr(cls, '_fields') else cls.__new__(cls, items)
    elif isinstance(x, frozenset):
        y = cls.__new__(cls, [conv(v) for v in x])
    elif hasattr(cls, 'appendleft'):
        y = cls([], x.maxlen)
        if deep:
            memo[id(x)] = y
        y.extend([conv(v) for v in x])
    elif hasattr(cls, 'frombytes'):
        y = cls(x.typecode, x)
    else:
        if isinstance(x, dict) and hasattr(x, 'default_factory'):
            y = cls(x.default_factory)
        elif hasattr(cls, '__getnewargs_ex__'):
            args, kwargs = x.__getnewargs_ex__()
            y = cls.__new__(cls, *args, **kwargs)
        elif hasattr(cls, '__getnewargs__'):
            y = cls.__new__(cls, *x.__getnewargs__())
        else:
            y = cls.__new__(cls)
        if deep:
            memo[id(x)] = y
        # the instance state goes in before the items, since a subclass's
        # __setitem__ or append may rely on its attributes
        _copy_state(x, y, cls, slots, conv)
        if isinstance(x, dict):
            for k, v in x.items():
                y[conv(k)] = conv(v)
        elif isinstance(x, list):
            for v in x:
                y.append(conv(v))
        elif isinstance(x, set):
            for v in x:
                y.add(conv(v))
        elif isinstance(x, bytearray):
            y.extend(x)
        return y
    _copy_state(x, y, cls, slots, conv)
    return y


def _copy_state(x, y, cls, slots, conv):
    if _user_method(cls, '__getstate__') is not None:
        _give_state(y, conv(x.__getstate__()))
        return
    state = getattr(x, '__dict__', None)
    if state:
        _give_state(y, conv(state))
    for name in slots:
        try:
            v = getattr(x, name)
        except AttributeError:
            continue
        setattr(y, name, conv(v))


def copy(x):
    cls = type(x)
    if cls is list or cls is dict or cls is set or cls is bytearray:
        return x.copy()
    if cls is tuple or cls is frozenset or cls in _atomic or issubclass(cls, type) \
            or cls is _method_type:
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    return _rebuild(x, False, None)


def deepcopy(x, memo=None):
    memo = {} if memo is None else memo
    d = id(x)
    if d in memo:
        return memo[d]
    cls = type(x)
    if cls is slice:
        y = slice(deepcopy(x.start, memo), deepcopy(x.stop, memo), deepcopy(x.step, memo))
    elif cls in _atomic or issubclass(cls, type):
        return x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # The tuple may have been reached again through its own items.
        if d in memo:
            return memo[d]
        y = x
        for a, b in zip(items, x):
            if a is not b:
                y = tuple(items)
                break
    elif cls is set:
        y = set()
        memo[d] = y
        for a in x:
            y.add(deepcopy(a, memo))
    elif cls is bytearray:
        y = bytearray(x)
    elif cls is frozenset:
        y = frozenset([deepcopy(a, memo) for a in x])
    elif cls is _method_type:
        # a bound method follows its object (the function stays shared)
        y = cls(x.__func__, deepcopy(x.__self__, memo))
    else:
        copier = getattr(cls, '__deepcopy__', None)
        y = _rebuild(x, True, memo) if copier is None else copier(x, memo)
    if y is not x:
        memo[d] = y
        # Keep x alive so that its id is not reused while memo is in use.
        memo.setdefault(id(memo), []).append(x)
    return y

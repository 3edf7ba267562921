# copyreg: the registry of reduction functions used by pickle and copy, and
# the helpers that object.__reduce_ex__ returns references to.

__all__ = ['pickle', 'constructor', 'add_extension', 'remove_extension',
           'clear_extension_cache']

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    if not callable(pickle_function):
        raise TypeError('reduction functions must be callable')
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError('constructors must be callable')


def pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


def _reconstructor(cls, base, state):
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _builtin_base(cls):
    # the first built-in class of the MRO (object at worst)
    for k in cls.__mro__:
        if k.__module__ == 'builtins':
            return k


def _slotnames(cls):
    names = cls.__dict__.get('__slotnames__')
    if names is not None:
        return names
    names = []
    if hasattr(cls, '__slots__'):
        for k in cls.__mro__:
            slots = k.__dict__.get('__slots__', ())
            if isinstance(slots, str):
                slots = (slots,)
            for n in slots:
                if n in ('__dict__', '__weakref__'):
                    continue
                if n.startswith('__') and not n.endswith('__'):
                    s = k.__name__.lstrip('_')
                    if s:
                        n = '_%s%s' % (s, n)
                if n not in names:
                    names.append(n)
    try:
        cls.__slotnames__ = names
    except Exception:
        pass
    return names


def _special(obj, name):
    # a method looked up on the type only (never the instance or __getattr__)
    cls = type(obj)
    for k in cls.__mro__:
        f = k.__dict__.get(name)
        if f is not None:
            return f.__get__(obj, cls) if hasattr(f, '__get__') else f
    return None


def _getstate(obj):
    # object.__getstate__ of CPython 3.11: the instance dict (None when empty)
    # paired with a dict of the filled slots when there are any
    f = _special(obj, '__getstate__')
    if f is not None:
        return f()
    names = _slotnames(type(obj))
    state = getattr(obj, '__dict__', None) or None
    if state is not None:
        state = {k: v for k, v in state.items() if k not in names} or None
    slots = {}
    for n in names:
        try:
            slots[n] = getattr(obj, n)
        except AttributeError:
            pass
    return (state, slots) if slots else state


def _reduce_ex(self, proto):
    cls = self.__class__
    base = _builtin_base(cls)
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError('cannot pickle %r object' % cls.__name__)
        state = base(self)
    args = (cls, base, state)
    if getattr(cls, '__getstate__', None) in (None, object.__getstate__) and _slotnames(cls):
        raise TypeError('a class that defines __slots__ without defining '
                        '__getstate__ cannot be pickled')
    d = _getstate(self)
    return (_reconstructor, args, d) if d else (_reconstructor, args)


# Reductions of built-in types whose core classes lack their own
_builtin = {
    range: lambda o, p: (range, (o.start, o.stop, o.step)),
    slice: lambda o, p: (slice, (o.start, o.stop, o.step)),
    set: lambda o, p: (type(o), (list(o),), _getstate(o)),
    frozenset: lambda o, p: (type(o), (list(o),), _getstate(o)),
    BaseException: lambda o, p: (type(o), o.args) + ((o.__dict__,) if getattr(
        o, '__dict__', None) else ()),
    bytearray: lambda o, p: (type(o), (bytes(o),) if p >= 3 else (o.decode('latin-1'), 'latin-1'),
                             _getstate(o)),
}


import collections as _c
_builtin[_c.OrderedDict] = lambda o, p: (type(o), (), _getstate(o),
                                         None, iter(o.items()))
_builtin[_c.defaultdict] = lambda o, p: (type(o), (o.default_factory,) if o.default_factory
                                         else (), None, None, iter(o.items()))
_builtin[_c.deque] = lambda o, p: (type(o), ((), o.maxlen) if o.maxlen is not None else (),
                                   _getstate(o), iter(o))
del _c


def _reduce(obj, proto):
    # object.__reduce_ex__ as CPython does it (our core's version knows
    # neither slots nor copyreg): a class's own __reduce__ wins, then
    # _reconstructor for protocols 0 and 1, __newobj__ from 2 on
    cls = type(obj)
    if cls.__reduce__ is not object.__reduce__:
        return obj.__reduce__()
    for k in cls.__mro__:
        f = _builtin.get(k)
        if f is not None:
            return f(obj, proto)
    if proto < 2:
        return _reduce_ex(obj, proto)
    kwargs = None
    f = _special(obj, '__getnewargs_ex__')
    if f is not None:
        args, kwargs = f()
        if not isinstance(args, tuple) or not isinstance(kwargs, dict):
            raise TypeError('__getnewargs_ex__ should return a tuple of a tuple and a dict')
    else:
        f = _special(obj, '__getnewargs__')
        args = () if f is None else f()
        if not isinstance(args, tuple):
            raise TypeError('__getnewargs__ should return a tuple, not %r' % type(args).__name__)
    if f is None and not isinstance(obj, (list, dict)):
        base = _builtin_base(cls)
        if base is not object and getattr(cls, '__getstate__', None) in (None, object.__getstate__):
            raise TypeError('cannot pickle %r object' % cls.__name__)
    if kwargs:
        if proto >= 4:
            rv = (__newobj_ex__, (cls, args, kwargs))
        else:
            from functools import partial
            rv = (partial(cls.__new__, cls, *args, **kwargs), ())
    else:
        rv = (__newobj__, (cls,) + args)
    return rv + (_getstate(obj), iter(obj) if isinstance(obj, list) else None,
                 iter(obj.items()) if isinstance(obj, dict) else None)


_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def add_extension(module, name, code):
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError('code out of range')
    key = (module, name)
    if _extension_registry.get(key) == code and _inverted_registry.get(code) == key:
        return
    if key in _extension_registry:
        raise ValueError('key %s is already registered with code %s' %
                         (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError('code %s is already in use for key %s' %
                         (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError('key %s is not registered with code %s' % (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()

# types: names for the interpreter's built-in types, SimpleNamespace and the
# dynamic class creation helpers (a small rewrite of the documented behaviour
# of CPython's module).
import sys


def _plain_fn():
    pass


FunctionType = type(_plain_fn)
LambdaType = type(lambda: None)
CodeType = type(_plain_fn.__code__)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
MappingProxyType = type(type.__dict__)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
GenericAlias = type(list[int])
UnionType = type(int | str)
MethodDescriptorType = type(str.join)
WrapperDescriptorType = type(str.__add__)  # (object.__init__ is a plain builtin here)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
MethodWrapperType = type(object().__str__)


def _cell():
    x = 1

    def inner():
        return x
    return inner.__closure__[0]


CellType = type(_cell())


class _Holder:
    def _meth(self):
        pass


MethodType = type(_Holder()._meth)


class _Slotted:
    __slots__ = ('a',)


MemberDescriptorType = type(_Slotted.__dict__['a'])
GetSetDescriptorType = type(_Holder.__dict__['__dict__'])


def _gen_fn():
    yield 1


GeneratorType = type(_gen_fn())


async def _coro_fn():
    pass


_coro_obj = _coro_fn()
CoroutineType = type(_coro_obj)
_coro_obj.close()


async def _agen_fn():
    yield 1


AsyncGeneratorType = type(_agen_fn())

try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)
    _frame = getattr(_e.__traceback__, 'tb_frame', None)
    if _frame is not None:
        FrameType = type(_frame)
    del _e, _frame

del _plain_fn, _cell, _Holder, _Slotted, _gen_fn, _coro_fn, _coro_obj, _agen_fn


class SimpleNamespace:
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        self.__dict__.update(kwargs)

    def __getattr__(self, name):
        # (only a miss gets here) CPython names the type with its module
        raise AttributeError('%r object has no attribute %r' % (
            'types.SimpleNamespace' if type(self) is SimpleNamespace else type(self).__name__, name))

    def __delattr__(self, name):
        if name in self.__dict__:
            del self.__dict__[name]
        elif hasattr(type(self), name):
            object.__delattr__(self, name)  # a subclass's descriptor
        else:
            self.__getattr__(name)

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        ident = id(self)
        if ident in _reprs_in_progress:
            return name + '(...)'
        _reprs_in_progress.add(ident)
        try:
            items = ['%s=%r' % (k, v) for k, v in self.__dict__.items()]
        finally:
            _reprs_in_progress.discard(ident)
        return '%s(%s)' % (name, ', '.join(items))

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and issubclass(type(other), SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None


_reprs_in_progress = set()


def resolve_bases(bases):
    # Replace each non-class base that has __mro_entries__ by the tuple it
    # returns (PEP 560); the input comes back as is when nothing changed.
    out = []
    replaced = False
    for base in bases:
        hook = None if isinstance(base, type) else getattr(base, '__mro_entries__', None)
        if hook is None:
            out.append(base)
            continue
        entries = hook(bases)
        if not isinstance(entries, tuple):
            raise TypeError('__mro_entries__ must return a tuple')
        out.extend(entries)
        replaced = True
    return tuple(out) if replaced else bases


def _most_derived_meta(meta, bases):
    # The metaclass that is a subclass of every base's metaclass.
    best = meta
    for kind in [type(b) for b in bases]:
        if issubclass(kind, best):
            best = kind
        elif not issubclass(best, kind):
            raise TypeError('metaclass conflict: the metaclass of a derived class must be '
                            'a (non-strict) subclass of the metaclasses of all its bases')
    return best


def prepare_class(name, bases=(), kwds=None):
    kwds = dict(kwds) if kwds else {}
    meta = kwds.pop('metaclass', None)
    if meta is None:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _most_derived_meta(meta, bases)
    prepare = getattr(meta, '__prepare__', None)
    ns = prepare(name, bases, **kwds) if prepare is not None else {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved, ns, **kwds)


_CO_GENERATOR = 0x20
_CO_COROUTINE = 0x80
_CO_ITERABLE_COROUTINE = 0x100


class _GeneratorWrapper:
    # What types.coroutine makes of a generator (or generator-like object)
    # returned by a function that is not itself a generator function: the
    # same object, awaitable.

    def __init__(self, gen):
        self._gen = gen
        self.__name__ = getattr(gen, '__name__', None)
        self.__qualname__ = getattr(gen, '__qualname__', None)

    def send(self, value):
        return self._gen.send(value)

    def throw(self, typ, *args):
        return self._gen.throw(typ, *args)

    def close(self):
        return self._gen.close()

    def __next__(self):
        return next(self._gen)

    def __iter__(self):
        return self._gen if type(self._gen) is GeneratorType else self

    __await__ = __iter__

    gi_code = property(lambda self: self._gen.gi_code)
    gi_frame = property(lambda self: self._gen.gi_frame)
    gi_running = property(lambda self: self._gen.gi_running)
    gi_yieldfrom = property(lambda self: self._gen.gi_yieldfrom)
    cr_code = gi_code
    cr_frame = gi_frame
    cr_running = gi_running
    cr_await = gi_yieldfrom


def _generator_like(obj):
    return all(hasattr(obj, n) for n in ('send', 'throw', 'close', '__next__', '__iter__'))


def coroutine(func):
    # A generator function is given a copy of its code marked
    # CO_ITERABLE_COROUTINE: its generators may then `yield from` native
    # coroutines and be awaited. Other callables are wrapped, and a generator
    # they return is made awaitable.
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    if type(func) is FunctionType:
        code = func.__code__
        if code.co_flags & (_CO_COROUTINE | _CO_ITERABLE_COROUTINE):
            return func
        if code.co_flags & _CO_GENERATOR:
            func.__code__ = code.replace(co_flags=code.co_flags | _CO_ITERABLE_COROUTINE)
            return func

    import functools

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        res = func(*args, **kwargs)
        if type(res) is CoroutineType:
            return res
        if type(res) is GeneratorType:
            if res.gi_code.co_flags & _CO_ITERABLE_COROUTINE:
                return res
            return _GeneratorWrapper(res)
        if _generator_like(res) and not hasattr(res, '__await__'):
            return _GeneratorWrapper(res)
        return res
    return wrapped


class DynamicClassAttribute:
    # A property for instances only: looked up on the class it raises
    # AttributeError, so that a metaclass __getattr__ (or a same-named class
    # member, as in enum) answers instead.

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc if doc is not None else getattr(fget, '__doc__', None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError('unreadable attribute')
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def _remade(self, fget, fset, fdel):
        doc = getattr(fget, '__doc__', None) if self.overwrite_doc else self.__doc__
        made = type(self)(fget, fset, fdel, doc)
        made.overwrite_doc = self.overwrite_doc
        return made

    def getter(self, fget):
        return self._remade(fget, self.fset, self.fdel)

    def setter(self, fset):
        return self._remade(self.fget, fset, self.fdel)

    def deleter(self, fdel):
        return self._remade(self.fget, self.fset, fdel)

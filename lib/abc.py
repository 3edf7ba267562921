# abc: abstract base classes (a small rewrite of the documented behaviour of
# CPython's module). Setting __abstractmethods__ marks the class, which
# object.__new__ then refuses to instantiate (py/objinstance.c), and
# virtual subclasses are kept in a plain list (no weak references).

from _weakref import ref as _ref

__all__ = ['ABC', 'ABCMeta', 'abstractmethod', 'abstractclassmethod',
           'abstractstaticmethod', 'abstractproperty', 'get_cache_token',
           'update_abstractmethods']


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


def _isabstract(value):
    if getattr(value, '__isabstractmethod__', False):
        return True
    # property, classmethod and staticmethod wrapping an abstract function.
    for attr in ('__func__', 'fget', 'fset', 'fdel'):
        inner = getattr(value, attr, None)
        if inner is not None and getattr(inner, '__isabstractmethod__', False):
            return True
    return False


class abstractclassmethod(classmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        super().__init__(abstractmethod(callable))


class abstractstaticmethod(staticmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        super().__init__(abstractmethod(callable))


class abstractproperty(property):
    __isabstractmethod__ = True


_cache_token = [0]


def get_cache_token():
    return _cache_token[0]


def _compute_abstracts(cls, namespace):
    names = set()
    for name, value in namespace.items():
        if _isabstract(value):
            names.add(name)
    for base in cls.__mro__[1:]:
        for name in getattr(base, '__abstractmethods__', ()):
            if _isabstract(getattr(cls, name, None)):
                names.add(name)
    return frozenset(names)


# A cache maps id(class) to a weak reference to it: it keeps no class alive,
# and an entry is dropped when its class dies (its id may then be reused).
def _remembered(cache, subclass):
    r = cache.get(id(subclass))
    return r is not None and r() is subclass


def _remember(cache, subclass):
    key = id(subclass)

    def forget(r):
        if cache.get(key) is r:
            del cache[key]
    try:
        cache[key] = _ref(subclass, forget)
    except TypeError:
        pass


def _find_subclass(cls, subclass):
    hook = getattr(cls, '__subclasshook__', None)
    if hook is not None:
        ok = hook(subclass)
        if ok is not NotImplemented:
            return bool(ok)
    if cls in subclass.__mro__:
        return True
    # A registered class itself is a subclass without asking it (CPython's
    # C abc: its metaclass's __subclasscheck__ may say otherwise).
    for rcls in cls._virtual_subclasses:
        if rcls is subclass:
            return True
    for rcls in cls._virtual_subclasses:
        if issubclass(subclass, rcls):
            return True
    subs = cls.__subclasses__()
    if not isinstance(subs, list):
        raise TypeError('__subclasses__() must return a list')
    for scls in subs:
        if issubclass(subclass, scls):
            return True
    return False


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls, namespace)
        cls._virtual_subclasses = []
        # The answers of __subclasscheck__, as CPython's abc keeps them:
        # subclasses found stay found (registering only adds); the classes
        # found not to be subclasses are forgotten when any ABC registers one.
        cls._abc_cache = {}
        cls._abc_negative_cache = {}
        cls._abc_negative_token = _cache_token[0]
        return cls

    def register(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError('Refusing to create an inheritance cycle')
        cls._virtual_subclasses.append(subclass)
        # Sequence/Mapping: a match statement sees the class as one of them
        # (built-in types refuse the attribute and keep their own kind).
        flags = getattr(cls, '__abc_tpflags__', 0)
        if flags:
            try:
                subclass.__abc_tpflags__ = flags
            except (TypeError, AttributeError):
                pass
        _cache_token[0] += 1
        return subclass

    def __instancecheck__(cls, instance):
        subclass = instance.__class__
        if _remembered(cls._abc_cache, subclass):
            return True
        subtype = type(instance)
        if subtype is subclass:
            return cls.__subclasscheck__(subclass)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if _remembered(cls._abc_cache, subclass):
            return True
        if cls._abc_negative_token != _cache_token[0]:
            cls._abc_negative_cache = {}
            cls._abc_negative_token = _cache_token[0]
        elif _remembered(cls._abc_negative_cache, subclass):
            return False
        ok = _find_subclass(cls, subclass)
        _remember(cls._abc_cache if ok else cls._abc_negative_cache, subclass)
        return ok

    def _dump_registry(cls, file=None):
        print('Class: %s.%s' % (cls.__module__, cls.__qualname__), file=file)


def update_abstractmethods(cls):
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    cls.__abstractmethods__ = _compute_abstracts(cls, cls.__dict__)
    return cls


class ABC(metaclass=ABCMeta):
    __slots__ = ()

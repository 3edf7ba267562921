# contextvars: ContextVar, Token, Context, copy_context. Each thread has its
# own current Context; an asyncio task runs its steps in its own (a copy of
# the creator's, taken when the task is made, as in CPython).
from _thread import get_ident

_MISSING = object()
_current = {}


def _ctx():
    t = get_ident()
    c = _current.get(t)
    if c is None:  # none yet, or left by Context.run
        c = _current[t] = Context()
    return c


class Context:
    def __init__(self, *args, **kwargs):
        if args or kwargs:
            raise TypeError('Context() does not accept any arguments')
        self._d = {}
        self._entered = False

    __hash__ = None

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._d == other._d

    def run(self, callable, *args, **kwargs):
        if self._entered:
            raise RuntimeError('cannot enter context: %r is already entered' % self)
        t = get_ident()
        prev = _current.get(t)  # None: _ctx() makes one when asked
        self._entered = True
        _current[t] = self
        try:
            # (an empty **kwargs costs as much again: asyncio runs each step here)
            return callable(*args, **kwargs) if kwargs else callable(*args)
        finally:
            _current[t] = prev
            self._entered = False

    def copy(self):
        c = Context()
        c._d = self._d.copy()
        return c

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError('a ContextVar key was expected, got %r' % (var,))
        return self._d[var]

    def get(self, var, default=None):
        return self._d[var] if var in self else default

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError('a ContextVar key was expected, got %r' % (var,))
        return var in self._d

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()


def copy_context():
    return _ctx().copy()


class Token:
    __class_getitem__ = classmethod(type(list[int]))  # Queue[int] (PEP 585)
    MISSING = _MISSING

    def __init__(self, *args, **kwargs):
        raise RuntimeError('Tokens can only be created by ContextVars')

    def __repr__(self):
        return '<Token%s var=%r at 0x%x>' % (' used' if self._used else '', self.var, id(self))


class ContextVar:
    __class_getitem__ = classmethod(type(list[int]))  # Queue[int] (PEP 585)
    def __init__(self, *args, default=_MISSING):
        if len(args) != 1:
            raise TypeError('ContextVar() takes %s 1 positional argument (%d given)'
                            % ('at most' if args else 'exactly', len(args)))
        name = args[0]
        if not isinstance(name, str):
            raise TypeError('context variable name must be a str')
        self._name = name
        self._default = default

    @property
    def name(self):
        return self._name

    def get(self, *default):
        d = _ctx()._d
        if self in d:
            return d[self]
        if default:
            return default[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        c = _ctx()
        tok = object.__new__(Token)
        tok._ctx = c
        tok.var = self
        tok.old_value = c._d.get(self, _MISSING)
        tok._used = False
        c._d[self] = value
        return tok

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError('expected an instance of Token, got %r' % (token,))
        if token._used:
            raise RuntimeError('%r has already been used once' % token)
        if token.var is not self:
            raise ValueError('%r was created by a different ContextVar' % token)
        c = _ctx()
        if token._ctx is not c:
            raise ValueError('%r was created in a different Context' % token)
        if token.old_value is _MISSING:
            c._d.pop(self, None)
        else:
            c._d[self] = token.old_value
        token._used = True

    def __repr__(self):
        d = '' if self._default is _MISSING else ' default=%r' % (self._default,)
        return '<ContextVar name=%r%s at 0x%x>' % (self.name, d, id(self))


def _no_subclass(cls, **kwargs):
    # The three types are final in CPython (written in C there).
    for base in cls.__mro__[1:]:
        if base in (Context, ContextVar, Token):
            raise TypeError("type '_contextvars.%s' is not an acceptable base type" % base.__name__)


for _t in (Context, ContextVar, Token):
    _t.__init_subclass__ = classmethod(_no_subclass)
del _t

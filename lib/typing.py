# typing: run-time support for type hints (a small rewrite of the documented
# behaviour of CPython's module). Hints are not checked; the goal is that
# annotated programs import, subscript and introspect these names as in
# CPython. Bare special forms (List, Any, Union, ...) are classes of the
# metaclass _FormMeta so that isinstance() can consult them; subscripted
# forms are _Alias instances (_GenericAlias, as CPython names them).
import sys
import collections
import collections.abc as _abc
import functools
from abc import ABCMeta

TYPE_CHECKING = False


def _hint_text(obj):
    if isinstance(obj, type) and not isinstance(obj, _FormMeta):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is Ellipsis:
        return '...'
    if isinstance(obj, type(_hint_text)):
        return obj.__name__
    if isinstance(obj, list):
        return '[%s]' % ', '.join([_hint_text(a) for a in obj])
    return repr(obj)


def _convert(arg):
    # None stands for its type; a string is a forward reference.
    if isinstance(arg, str):
        return ForwardRef(arg)
    return type(None) if arg is None else arg


def _as_tuple(params):
    return params if isinstance(params, tuple) else (params,)


def _getitem(obj, key):
    return obj[key]


def _union_with(self, other):
    return Union[self, other]


def _union_with_reflected(self, other):
    return Union[other, self]


def _typed_values(args):
    return [(type(a), a) for a in args]


def _is_unpacked_tvt(p):
    return isinstance(p, _Alias) and p._form is Unpack and isinstance(p.__args__[0], TypeVarTuple)


def _free_typevars(args):
    params = []
    for a in args:
        if isinstance(a, (TypeVar, TypeVarTuple)):
            if a not in params:
                params.append(a)
        elif not isinstance(a, type):
            for p in _free_typevars(a) if isinstance(a, (tuple, list)) else getattr(a, '__parameters__', ()):
                if p not in params:
                    params.append(p)
    return tuple(params)


_GA = type(list[int])


def _type_check(arg, msg):
    arg = _convert(arg)
    if isinstance(arg, type) and arg.__module__ != 'typing':
        return arg
    if isinstance(arg, _Alias) and arg._form in (ClassVar, Final, Generic, Protocol):
        raise TypeError('%r is not valid as type argument' % arg)
    if arg in _PLAIN_BAD:
        raise TypeError('Plain %r is not valid as type argument' % arg)
    if type(arg) is tuple:
        raise TypeError('%s Got %.100r.' % (msg, arg))
    return arg


def _unpacked_tuple(a):
    # *tuple[int, str] / Unpack[Tuple[int, str]] -> (int, str); None otherwise.
    if isinstance(a, _GA):
        if a.__unpacked__ and a.__origin__ is tuple:
            return a.__args__
    elif isinstance(a, _Alias) and a._form is Unpack:
        a = a.__args__[0]
        if isinstance(a, _Alias) and a._form is Tuple:
            return a.__args__
    return None


def _is_var_tuple(u):
    return u is not None and len(u) == 2 and u[1] is Ellipsis


def _too(owner, n, expected, least=''):
    raise TypeError('Too %s arguments for %r; actual %d, expected %s%d' % (
        'many' if n > expected else 'few', owner, n, least, expected))


def _prepare(owner, tvs, args):
    # Match the arguments to the parameters: a TypeVarTuple takes a tuple of
    # the arguments left over, a ParamSpec a list of argument types.
    args = list(args)
    for i, tv in enumerate(tvs):
        if isinstance(tv, TypeVarTuple):
            for p in tvs[i + 1:]:
                if isinstance(p, TypeVarTuple):
                    raise TypeError('More than one TypeVarTuple parameter in %r' % owner)
            n = len(args)
            left = i
            right = len(tvs) - i - 1
            var = fill = None
            for k, a in enumerate(args):
                u = _unpacked_tuple(a)
                if _is_var_tuple(u):
                    if var is not None:
                        raise TypeError('More than one unpacked arbitrary-length tuple argument')
                    var = k
                    fill = u[0]
            if var is not None:
                left = min(left, var)
                right = min(right, n - var - 1)
            elif left + right > n:
                _too(owner, n, len(tvs) - 1, 'at least ')
            args = (args[:left] + [fill] * (i - left) + [tuple(args[left:n - right])]
                    + [fill] * (len(tvs) - right - left - i - 1) + args[n - right:])
        elif isinstance(tv, ParamSpec):
            if i >= len(args):
                raise TypeError('Too few arguments for %r' % owner)
            if len(tvs) == 1 and not _is_param_expr(args[0]):
                args = [tuple(args)]
            elif isinstance(args[i], list):
                args[i] = tuple(args[i])
    if len(args) != len(tvs):
        _too(owner, len(args), len(tvs))
    return args


def _is_param_expr(a):
    return (a is Ellipsis or isinstance(a, (tuple, list, ParamSpec))
            or isinstance(a, _Alias) and a._form is Concatenate)


def _call_args(args):
    # the _callable_args of Callable[...] with these __args__
    first = args[0]
    return first if len(args) == 2 and _is_param_expr(first) and not isinstance(first, (list, tuple)) else list(args[:-1])


def _targs(x):
    return x._args if isinstance(x, _Alias) else x.__args__


def _subst(alias, params):
    # Substitute type variables: List[T][int] -> List[int]; the new __args__.
    tvs = alias.__parameters__
    if not tvs:
        raise TypeError('%r is not a generic class' % alias)
    args = []
    for p in _as_tuple(params):
        p = _convert(p)
        u = _unpacked_tuple(p)
        if u is None or _is_var_tuple(u):
            args.append(p)
        else:
            args.extend(u)
    subst = dict(zip(tvs, _prepare(alias, tvs, args)))
    out = []
    for a in _targs(alias):
        if isinstance(a, type):
            new = a
        elif isinstance(a, (TypeVar, TypeVarTuple)):
            new = a.__typing_subst__(subst[a])
        elif _is_unpacked_tvt(a):
            out.extend(subst[a.__args__[0]])
            continue
        elif isinstance(a, (list, tuple)):
            # the parameter list of Callable[[T], R], Concatenate[...]
            new = type(a)(_subst_one(x, subst) for x in a)
        else:
            new = _subst_one(a, subst)
        if getattr(alias, '_callable_args', None) is not None and isinstance(new, tuple):
            out.extend(new)
        else:
            out.append(new)
    return tuple(out)


def _subst_one(a, subst):
    if isinstance(a, TypeVar):
        return subst[a]
    sub = getattr(a, '__parameters__', ()) if not isinstance(a, type) else ()
    if not sub:
        return a
    args = []
    for p in sub:
        if isinstance(p, TypeVarTuple):
            args.extend(subst[p])
        else:
            args.append(subst[p])
    new = a[tuple(args)]
    if isinstance(a, _GA) and a.__unpacked__:
        new = next(iter(new))
    return new


def _ga_getitem(ga, params):
    # list[T][int], (list[T] | int)[str] (types.GenericAlias and
    # types.UnionType, from C); None: not generic.
    if ga.__parameters__:
        args = _subst(ga, params)
        if isinstance(ga, _UnionType):
            return _or_all(args)
        return _GA(ga.__origin__, args)


def _or_all(args):
    new = args[0]
    for a in args[1:]:
        new = new | a
    return new


class _ProtocolMeta(ABCMeta):
    def __instancecheck__(cls, obj):
        if cls.__dict__.get('_is_protocol'):
            cls._check_runtime()
            for name in cls.__protocol_attrs__:
                v = getattr(obj, name, _MISSING)
                # a method set to None blocks the protocol
                if v is _MISSING or v is None and callable(getattr(cls, name, None)):
                    return _nominal(cls, type(obj))
            return True
        return super().__instancecheck__(obj)

    def __subclasscheck__(cls, sub):
        if not isinstance(sub, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if cls.__dict__.get('_is_protocol'):
            if cls is Protocol or _caller(2) in ('abc', 'functools'):
                # abc registering or walking the subclasses of an ABC: by
                # inheritance or registration only
                return _nominal(cls, sub)
            cls._check_runtime()
            for name in cls.__protocol_attrs__:
                if not callable(getattr(cls, name, None)):
                    raise TypeError("Protocols with non-method members don't support issubclass()")
            for name in cls.__protocol_attrs__:
                for base in sub.__mro__:
                    if name in base.__dict__:
                        if base.__dict__[name] is None:
                            return False
                        break
                    if base.__dict__.get('_is_protocol') and name in base.__dict__.get('__annotations__', ()):
                        break
                else:
                    return _nominal(cls, sub)
            return True
        return super().__subclasscheck__(sub)

    def _check_runtime(cls):
        if not cls.__dict__.get('_is_runtime_protocol'):
            raise TypeError('Instance and class checks can only be used with @runtime_checkable protocols')


# Forms are protocol classes to the metaclass check of a class statement, so
# that class P(typing.Sized, Protocol) and class C(typing.Iterable, abc.ABC)
# find no conflict; _FormMeta.__new__ then puts the real bases in
class _FormMeta(_ProtocolMeta):
    def __new__(mcls, name, bases, ns, **kw):
        if not bases:
            # a form itself: none of ABCMeta's bookkeeping (its checks are ours)
            return type.__new__(mcls, name, bases, ns)
        # class C(typing.Dict), class C(typing.Mapping): the origin and Generic
        new = []
        for i, b in enumerate(bases):
            if not isinstance(b, _FormMeta):
                new.append(b)
            elif b is not Any:
                if b._origin is None:
                    raise TypeError('Cannot subclass %r' % b)
                new.extend(_entries(b._origin, bases, i))
        meta = type
        for b in new:
            if issubclass(type(b), meta):
                meta = type(b)
        ns.setdefault('__orig_bases__', bases)
        return meta(name, tuple(new), ns, **kw)

    def __repr__(cls):
        # Annotated is a class in CPython 3.11, the other forms are objects
        return "<class 'typing.Annotated'>" if cls is Annotated else 'typing.' + cls.__name__

    def __getattr__(cls, name):
        # the origins of (Async)ContextManager, on first use: importing
        # contextlib would make importing typing a third slower
        if name in ('_origin', '__origin__') and cls.__name__ in ('ContextManager', 'AsyncContextManager'):
            import contextlib
            cls._origin = cls.__origin__ = getattr(contextlib, 'Abstract' + cls.__name__)
            return cls._origin
        if cls is Any:
            raise AttributeError("type object 'Any' has no attribute '%s'" % name)
        raise AttributeError(name)

    def __getitem__(cls, params):
        return _cached(cls, params, cls._subscript)

    def __instancecheck__(cls, obj):
        if cls is Any:
            raise TypeError('typing.Any cannot be used with isinstance()')
        if cls is Callable:
            # Looking __call__ up on the class would find type.__call__.
            return callable(obj)
        return cls._form_check(type(obj), 'isinstance')

    def __subclasscheck__(cls, sub):
        return cls._form_check(sub, 'issubclass')

    def _form_check(cls, sub, how):
        if isinstance(sub, _FormMeta) and sub._origin is not None:
            sub = sub._origin  # issubclass(List, List | Tuple)
        if cls._origin is not None:
            return issubclass(sub, cls._origin)
        if cls in getattr(sub, '__mro__', ()):
            return True
        if cls is Any and isinstance(sub, type):
            # class Mock(Any): Any is left out of the bases
            return any([Any in c.__dict__.get('__orig_bases__', ()) for c in sub.__mro__])
        raise TypeError('%r cannot be used with %s()' % (cls, how))

    def __call__(cls, *args, **kwargs):
        if cls._origin is not None and cls not in _NOT_INSTANTIABLE:
            # typing.Deque(), typing.Counter()... build the collection
            return cls._origin(*args, **kwargs)
        if cls._origin is not None:
            raise TypeError('Type %s cannot be instantiated; use %s() instead'
                            % (cls.__name__, cls._origin.__name__))
        if cls is Annotated:
            raise TypeError('Type Annotated cannot be instantiated.')
        if cls is Any:
            raise TypeError('Any cannot be instantiated')
        raise TypeError('Cannot instantiate %r' % cls)

    # Any is a plain class in CPython 3.11: int | Any is a types.UnionType
    def __or__(cls, other):
        if cls is Any:
            u = type.__or__(cls, other)
            if u is not NotImplemented:
                return u
        return Union[cls, other]

    def __ror__(cls, other):
        if cls is Any:
            u = type.__ror__(cls, other)
            if u is not NotImplemented:
                return u
        return Union[other, cls]

    __iter__ = None  # (__getitem__ does not make the forms iterable)

    def __init_subclass__(cls, **kwargs):
        raise TypeError('Cannot subclass special typing classes')


def _entries(origin, bases, i):
    # what bases[i], a generic form of origin, stands for among the bases: the
    # origin (unless also listed), and Generic (for __parameters__ and
    # subscription) unless a later base brings it
    res = () if origin in bases else (origin,)
    for b in bases[i + 1:]:
        if isinstance(b, (_Alias, _FormMeta)) or isinstance(b, type) and issubclass(b, Generic):
            return res
    return res + (Generic,)


def _form(name, origin=None, nparams=-1, subscript=None):
    ns = {'_origin': origin, '_arity': nparams, '__module__': 'typing'}
    if origin is not None:
        ns['__origin__'] = origin
    cls = _FormMeta(name, (), ns)
    if subscript is None:
        def subscript(params):
            if cls._arity == 0:
                if cls is Any:
                    raise TypeError("type 'Any' is not subscriptable")
                raise TypeError(('%r is not a generic class' if origin else '%r is not subscriptable') % cls)
            if cls._arity > 0 and len(params) != cls._arity:
                if origin is None:
                    # ClassVar, Final, TypeGuard, Required, NotRequired
                    req = 'Required' in name
                    raise TypeError('%s accepts only %ssingle type. Got %r.' % (
                        name if req else repr(cls), 'a ' if req else '', params))
                _too(cls, len(params), cls._arity)
            if name == 'Concatenate' and not (params and (params[-1] is ... or isinstance(params[-1], ParamSpec))):
                raise TypeError('The last parameter to Concatenate should be a ParamSpec variable or ellipsis.'
                                if params else 'Cannot take a Concatenate of no types.')
            return _Alias(cls, tuple([_type_check(p, 'Parameters to generic types must be types.')
                                      for p in params]))
    cls._subscript = subscript
    return cls


class _Alias:
    # A subscripted form: List[int], Union[int, str], Callable[[int], str]...
    _callable_args = None

    def __init__(self, form, args):
        self._form = form
        self.__origin__ = form._origin if form._origin is not None else form
        # _args: all the arguments (Annotated's __args__ has only its type)
        self.__args__ = self._args = args
        self.__parameters__ = _free_typevars(args)
        if form is Annotated:
            self.__origin__ = args[0]
            self.__args__ = args[:1]
            self.__metadata__ = args[1:]

    def __repr__(self):
        form = self._form
        args = self._args
        if form is Union:
            if len(args) == 2 and type(None) in args:
                other = args[0] if args[1] is type(None) else args[1]
                return 'typing.Optional[%s]' % _hint_text(other)
        elif form is Callable and self._callable_args is not None:
            return 'typing.Callable[%s, %s]' % (_hint_text(self._callable_args), _hint_text(args[-1]))
        elif form is Unpack:
            return '*' + _hint_text(args[0])
        elif form is Annotated:
            return 'typing.Annotated[%s]' % ', '.join([_hint_text(args[0])] + [repr(a) for a in args[1:]])
        if not args:
            return '%r[()]' % form
        return '%r[%s]' % (form, ', '.join([_hint_text(a) for a in args]))

    def __eq__(self, other):
        if isinstance(other, _UnionType) and self._form is Union:
            # int | str and Union[int, str] denote the same union.
            return set(self.__args__) == set(other.__args__)
        if not isinstance(other, _Alias):
            return NotImplemented
        if self._form is Union and other._form is Union:
            return set(self.__args__) == set(other.__args__)
        if self._form is Literal and other._form is Literal:
            # Literal[0] and Literal[False] differ although 0 == False.
            return set(_typed_values(self.__args__)) == set(_typed_values(other.__args__))
        return self._form is other._form and self._args == other._args

    def __hash__(self):
        if self._form is Union:
            return hash(frozenset(self.__args__))
        if self._form is Literal:
            return hash((Literal, frozenset(_typed_values(self.__args__))))
        return hash((self._form, self._args))

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, sub):
        if self._form is Union:
            for a in self.__args__:
                if isinstance(a, _Alias) and a._form is not Union:
                    raise TypeError('Subscripted generics cannot be used with class and instance checks')
            # (in order: a type variable before a match raises, as CPython)
            for a in self.__args__:
                if issubclass(sub, a):
                    return True
            return False
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __getitem__(self, params):
        if self._form is Generic or self._form is Protocol:
            raise TypeError('Cannot subscript already-subscripted %r' % self)
        args = _subst(self, params)
        if self._form is Union or self._form is Annotated:
            # Re-flatten: (int | T)[int] collapses to int, Annotated[T, x][Annotated[int, y]]
            # is Annotated[int, y, x]
            return self._form[args]
        if self._form is Concatenate:
            # Concatenate[int, P][[str]] is (int, str); a nested one flattens
            last = args[-1]
            if isinstance(last, tuple):
                return args[:-1] + last
            if isinstance(last, _Alias) and last._form is Concatenate:
                return Concatenate[args[:-1] + last.__args__]
        new = type(self)(self._form, args)
        if self._callable_args is not None:
            new._callable_args = _call_args(args)
        return new

    def __call__(self, *args, **kwargs):
        if self._form is Annotated:
            # Annotated[C, ...]() builds a C
            return self.__args__[0](*args, **kwargs)
        origin = self.__origin__
        if isinstance(origin, _FormMeta):
            raise TypeError('Cannot instantiate %r' % origin)
        if self._form in _NOT_INSTANTIABLE:
            self._form(*args, **kwargs)
        return origin(*args, **kwargs)

    def __iter__(self):
        # *Tuple[int, str] in a subscript (CPython lets any alias but those
        # of _NoIter unpack so)
        return iter((Unpack[self],))

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if self._form is Annotated:
            inner = self.__args__[0]
            if hasattr(inner, '__mro_entries__'):
                return inner.__mro_entries__(bases)
            return (inner,)
        if isinstance(origin, _FormMeta):
            raise TypeError('Cannot subclass %r' % self)
        if not isinstance(origin, type):
            return ()
        return _entries(origin, bases, bases.index(self))

    def __reduce__(self):
        args = self._args
        if self._callable_args is not None:
            args = (self._callable_args, args[-1])
        elif len(args) == 1:
            args = args[0]
        return _getitem, (self._form, args)

    __or__ = _union_with
    __ror__ = _union_with_reflected

    def __setattr__(self, name, value):
        # List[int].x = 1 sets the attribute of the origin, as CPython
        if name[0] == '_':
            object.__setattr__(self, name, value)
        else:
            setattr(self.__origin__, name, value)

    def __getattr__(self, name):
        if name in ('__name__', '__qualname__') and '_form' in self.__dict__:
            args = self.__args__
            if self._form is Union and len(args) == 2 and type(None) in args:
                return 'Optional'
            return self._form.__name__
        if name[:2] != '__' and '_form' in self.__dict__:
            if self._form is Annotated:
                return getattr(self.__args__[0], name)
            return getattr(self.__origin__, name)
        raise AttributeError(name)


class _NoIter(_Alias):
    __iter__ = None  # Union, Callable and Annotated aliases


def _union_subscript(params):
    if not params:
        raise TypeError('Cannot take a Union of no types.')
    flat = []
    for p in params:
        p = _type_check(p, 'Union[arg, ...]: each arg must be a type.')
        if isinstance(p, _Alias) and p._form is Union:
            items = p.__args__
        elif isinstance(p, _UnionType):
            items = p.__args__
        else:
            items = (p,)
        for item in items:
            if item not in flat:
                flat.append(item)
    if len(flat) == 1:
        return flat[0]
    return _NoIter(Union, tuple(flat))


def _optional_subscript(params):
    if len(params) != 1:
        raise TypeError('typing.Optional requires a single type. Got %r.' % (params,))
    return Union[params[0], type(None)]


def _callable_subscript(params):
    if len(params) != 2:
        raise TypeError('Callable must be used as Callable[[arg, ...], result].')
    args, result = params
    if _is_param_expr(args) and not isinstance(args, (list, tuple)):
        # Callable[..., R], Callable[P, R], Callable[Concatenate[int, P], R]
        alias = _NoIter(Callable, (args, _convert(result)))
        alias._callable_args = args
        return alias
    # (a single argument type is taken as a list of one, as CPython)
    args = [_convert(a) for a in (args if isinstance(args, (list, tuple)) else [args])]
    alias = _NoIter(Callable, tuple(args) + (_convert(result),))
    alias._callable_args = args
    return alias


def _literal_subscript(params):
    # nested Literals flatten; repeated values (same type and value) drop
    # unless one is unhashable
    flat = []
    for p in params:
        flat.extend(p.__args__ if isinstance(p, _Alias) and p._form is Literal else (p,))
    try:
        seen = set()
        flat = [a for a in flat if not ((type(a), a) in seen or seen.add((type(a), a)))]
    except TypeError:
        pass
    return _Alias(Literal, tuple(flat))


def _annotated_subscript(params):
    if len(params) < 2:
        raise TypeError('Annotated[...] should be used with at least two arguments '
                        '(a type and an annotation).')
    inner = _convert(params[0])
    if isinstance(inner, _Alias) and inner._form is Annotated:
        # Annotated[Annotated[int, 1], 2] is Annotated[int, 1, 2]
        return _NoIter(Annotated, inner._args + params[1:])
    return _NoIter(Annotated, (inner,) + params[1:])


def _unpack_subscript(params):
    if len(params) != 1:
        _too(Unpack, len(params), 1)
    p = _convert(params[0])
    if isinstance(p, TypeVarTuple):
        # one Unpack[Ts] per Ts (pickle keeps its identity)
        u = p.__dict__.get('_unpacked')
        if u is None:
            u = p._unpacked = _Alias(Unpack, (p,))
        return u
    return _Alias(Unpack, (p,))


def _tuple_subscript(params):
    if params == ((),):
        params = ()
    return _Alias(Tuple, tuple([_type_check(p, 'Tuple[t0, t1, ...]: each t must be a type.') for p in params]))


_UnionType = type(int | str)
GenericAlias = type(list[int])
_cache = {}
_cleanups = [_cache.clear]  # cache-clearing functions


def _cached(owner, params, make):
    # subscriptions are cached (List[int] is List[int], and pickle gives it
    # back), by value and type (Literal[1] is not Literal[True])
    params = _as_tuple(params)
    try:
        key = (owner, tuple([tuple(p) if type(p) is list else p for p in params]),
               tuple([type(p) for p in params]))
        new = _cache.get(key)
    except TypeError:
        return make(params)
    if new is None:
        if len(_cache) > 999:
            _cache.clear()
        new = _cache[key] = make(params)
    return new


Union = _form('Union', subscript=_union_subscript)
Optional = _form('Optional', subscript=_optional_subscript)
Callable = _form('Callable', _abc.Callable, subscript=_callable_subscript)
Literal = _form('Literal', subscript=_literal_subscript)
Annotated = _form('Annotated', subscript=_annotated_subscript)
Tuple = _form('Tuple', tuple, subscript=_tuple_subscript)
Unpack = _form('Unpack', subscript=_unpack_subscript)
Concatenate = _form('Concatenate')

List = _form('List', list, 1)
Dict = _form('Dict', dict, 2)
Set = _form('Set', set, 1)
FrozenSet = _form('FrozenSet', frozenset, 1)
Type = _form('Type', type, 1)
Deque = _form('Deque', collections.deque, 1)
DefaultDict = _form('DefaultDict', collections.defaultdict, 2)
OrderedDict = _form('OrderedDict', collections.OrderedDict, 2)
Counter = _form('Counter', getattr(collections, 'Counter', None), 1)
ChainMap = _form('ChainMap', getattr(collections, 'ChainMap', None), 2)

# name + number of parameters; the abstract collections stand for the classes
# of collections.abc (isinstance, subclassing)
for _n in ('Any0 ClassVar1 Final1 NoReturn0 Never0 Self0 LiteralString0 TypeAlias0 TypeGuard1 '
           'Required1 NotRequired1 Hashable0 Sized0 Iterable1 Iterator1 Reversible1 Container1 Collection1 Generator3 '
           'Awaitable1 Coroutine3 AsyncIterable1 AsyncIterator1 AsyncGenerator2 Sequence1 '
           'MutableSequence1 Mapping2 MutableMapping2 MutableSet1 ByteString0 KeysView1 '
           'ValuesView1 ItemsView2 MappingView1').split():
    globals()[_n[:-1]] = _form(_n[:-1], getattr(_abc, _n[:-1], None), int(_n[-1]))
AbstractSet = _form('AbstractSet', _abc.Set, 1)
ContextManager = _form('ContextManager', None, 1)
AsyncContextManager = _form('AsyncContextManager', None, 1)
del ContextManager._origin, AsyncContextManager._origin  # (see _FormMeta.__getattr__)
Text = str
_NOT_INSTANTIABLE = (List, Dict, Set, FrozenSet, Tuple, Type)


def _caller(depth):
    # the name of the module running `depth` frames up
    try:
        return sys._getframe(depth).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return '__main__'


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        if constraints and bound is not None:
            raise TypeError('Constraints cannot be combined with bound=...')
        self.__name__ = name
        self.__constraints__ = tuple([_convert(c) for c in constraints])
        self.__bound__ = _type_check(bound, 'Bound must be a type.') if bound is not None else None
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__module__ = _caller(2)  # (pickle finds it there)

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __reduce__(self):
        return self.__name__  # pickled by reference

    def __typing_subst__(self, arg):
        arg = _type_check(arg, 'Parameters to generic types must be types.')
        if isinstance(arg, _Alias) and arg._form is Unpack or isinstance(arg, _GA) and arg.__unpacked__:
            raise TypeError('%r is not valid as type argument' % arg)
        return arg

    __or__ = _union_with
    __ror__ = _union_with_reflected


class _ParamSpecPart:
    # P.args / P.kwargs: remembers the ParamSpec it came from.
    _suffix = ''

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return '%s.%s' % (self.__origin__.__name__, self._suffix)

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((self._suffix, id(self.__origin__)))


class ParamSpecArgs(_ParamSpecPart):
    _suffix = 'args'


class ParamSpecKwargs(_ParamSpecPart):
    _suffix = 'kwargs'


class ParamSpec(TypeVar):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        super().__init__(name, bound=bound, covariant=covariant, contravariant=contravariant)
        self.__module__ = _caller(2)
        self.args = ParamSpecArgs(self)
        self.kwargs = ParamSpecKwargs(self)

    def __typing_subst__(self, arg):
        if isinstance(arg, (list, tuple)):
            return tuple([_type_check(a, 'Expected a type.') for a in arg])
        if not _is_param_expr(arg):
            raise TypeError('Expected a list of types, an ellipsis, ParamSpec, or Concatenate. Got %r' % (arg,))
        return arg


class TypeVarTuple:
    def __init__(self, name):
        self.__name__ = name
        self.__module__ = _caller(2)

    __reduce__ = TypeVar.__reduce__

    def __iter__(self):
        # *Ts in a subscript stands for Unpack[Ts]
        return iter((Unpack[self],))

    def __repr__(self):
        return self.__name__

    def __typing_subst__(self, arg):
        raise TypeError('Substitution of bare TypeVarTuple is not supported')


def _no_subclass(cls, _root=False, **kwargs):
    # (_root=True lets a library extend them, as CPython)
    if not _root:
        raise TypeError('Cannot subclass special typing classes')


def _no_instance_base(self, bases):
    raise TypeError('Cannot subclass an instance of %s' % type(self).__name__)


TypeVar.__init_subclass__ = TypeVarTuple.__init_subclass__ = classmethod(_no_subclass)
TypeVar.__mro_entries__ = TypeVarTuple.__mro_entries__ = _no_instance_base
AnyStr = TypeVar('AnyStr', bytes, str)
# Commonly used variables that CPython's module also defines (not in __all__).
T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co', covariant=True)
V_co = TypeVar('V_co', covariant=True)
VT_co = TypeVar('VT_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', covariant=True, bound=type)


def _generic_subscript(cls, params):
    if cls is Generic or cls is Protocol:
        if not params:
            raise TypeError('Parameter list to %s[...] cannot be empty' % cls.__name__)
        for p in params:
            if not (isinstance(p, TypeVar) or _is_unpacked_tvt(p)):
                raise TypeError('Parameters to %s[...] must all be type variables or parameter specification variables.' % cls.__name__)
        if len(set(params)) != len(params):
            raise TypeError('Parameters to %s[...] must all be unique' % cls.__name__)
    else:
        tvs = cls.__dict__.get('__parameters__', ())
        if not tvs:
            raise TypeError('%r is not a generic class' % cls)
        args = []
        for tv, a in zip(tvs, _prepare(cls, tvs, params)):
            if isinstance(tv, TypeVarTuple):
                args.extend(a)
            else:
                args.append(a)
        params = args
    return _ClassAlias(cls, params)


class Generic:
    __slots__ = ()

    def __class_getitem__(cls, params):
        return _cached(cls, params, lambda params: _generic_subscript(cls, params))

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        orig = cls.__dict__.get('__orig_bases__')
        if Generic in (cls.__bases__ if orig is None and cls.__name__ != 'Protocol' else orig or ()):
            raise TypeError('Cannot inherit from plain Generic')
        # the type variables of the subscripted bases, in order of appearance,
        # or those of Generic[...] (which must list them all)
        found = []
        own = None
        for base in orig or ():
            if isinstance(base, _ClassAlias) and base.__origin__ is Generic:
                own = base.__parameters__
            for p in () if isinstance(base, type) else getattr(base, '__parameters__', ()):
                if p not in found:
                    found.append(p)
        if own is not None:
            missing = [p for p in found if p not in own]
            if missing:
                raise TypeError('Some type variables (%s) are not listed in Generic[%s]'
                                % (', '.join([str(p) for p in missing]), ', '.join([str(p) for p in own])))
            found = own
        cls.__parameters__ = tuple(found)


class _ClassAlias(_Alias):
    def __init__(self, cls, args):
        self._form = cls
        self.__module__ = cls.__module__
        self.__origin__ = cls
        self.__args__ = self._args = tuple([_convert(a) for a in args])
        self.__parameters__ = _free_typevars(self.__args__)

    def __repr__(self):
        return '%s[%s]' % (_hint_text(self.__origin__), ', '.join([_hint_text(a) for a in self.__args__]) or '()')

    def __mro_entries__(self, bases):
        # Generic[T] steps aside for Protocol or a later generic base
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            for b in bases[bases.index(self) + 1:]:
                if isinstance(b, _Alias) and b != self:
                    return ()
        return (self.__origin__,)

    # call the origin, remembering the alias on what it makes
    __call__ = _abc._CallableSubscript.__call__


_Alias.__init_subclass__ = classmethod(_no_subclass)


_PROTO_SKIP = {'__module__', '__qualname__', '__doc__', '__dict__', '__weakref__',
               '__annotations__', '__init__', '__slots__', '__parameters__',
               '__orig_bases__', '__init_subclass__', '__class_getitem__',
               '__subclasshook__', '__abstractmethods__', '_is_protocol',
               '_is_runtime_protocol', '__protocol_attrs__', '__new__', '_virtual_subclasses'}


_MISSING = object()
_PROTO_ABCS = ('Callable Awaitable Iterable Iterator AsyncIterable Hashable Sized Container Collection '
               'Reversible AbstractContextManager AbstractAsyncContextManager').split()


def _nominal(cls, sub):
    # a subclass by inheritance or registration
    return cls in sub.__mro__ or any([issubclass(sub, r) for r in cls._virtual_subclasses])


def _no_init(self, *args, **kwargs):
    # the __init__ of a protocol class: refuses the protocol itself; a
    # subclass gets the first other __init__ of its MRO as its own (as
    # CPython does: object.__init__ then sees it as the class's __init__)
    cls = type(self)
    if cls.__dict__.get('_is_protocol'):
        raise TypeError('Protocols cannot be instantiated')
    if cls.__init__ is not _no_init:
        return  # (reached through super() from the class's own __init__)
    for b in cls.__mro__:
        init = b.__dict__.get('__init__', _no_init)
        if init is not _no_init:
            cls.__init__ = init
            return init(self, *args, **kwargs)


class Protocol(Generic, metaclass=_ProtocolMeta):
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        cls._is_protocol = any([b is Protocol for b in cls.__bases__])
        if cls._is_protocol:
            for b in cls.__bases__:
                if not (b in (object, Generic, Protocol) or b.__dict__.get('_is_protocol')
                        or b.__module__ in ('collections.abc', 'contextlib') and b.__name__ in _PROTO_ABCS):
                    raise TypeError('Protocols can only inherit from other protocols, got %r' % b)
            if '__init__' not in cls.__dict__:
                cls.__init__ = _no_init
        attrs = set()
        for base in cls.__mro__:
            if base is Protocol or base is Generic or base is object:
                continue
            for name in list(base.__dict__) + list(base.__dict__.get('__annotations__', {})):
                if name not in _PROTO_SKIP and not name.startswith('_abc_'):
                    attrs.add(name)
        cls.__protocol_attrs__ = attrs


_PLAIN_BAD = (Generic, Protocol, Union, Optional, Literal, Annotated, ClassVar, Final, TypeGuard, Required,
              NotRequired, Unpack, Concatenate)


def runtime_checkable(cls):
    if not cls.__dict__.get('_is_protocol'):
        raise TypeError('@runtime_checkable can be only applied to protocol classes, got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


def _supports(name, method):
    cls = _ProtocolMeta(name, (Protocol,), {method: lambda self: None, '__module__': 'typing',
                                            '__qualname__': name})
    cls._is_runtime_protocol = True
    return cls


for _n in 'Int Float Complex Bytes Index Abs Round'.split():
    globals()['Supports' + _n] = _supports('Supports' + _n, '__%s__' % _n.lower())
SupportsAbs.__parameters__ = SupportsRound.__parameters__ = (T_co,)


class ForwardRef:
    def __init__(self, arg, is_argument=True, module=None):
        if not isinstance(arg, str):
            raise TypeError('Forward reference must be a string -- got %r' % (arg,))
        self.__forward_arg__ = arg
        self.__forward_module__ = module

    def __repr__(self):
        mod = self.__forward_module__
        return 'ForwardRef(%r%s)' % (self.__forward_arg__, '' if mod is None else ', module=%r' % mod)

    def __eq__(self, other):
        if isinstance(other, ForwardRef):
            return (self.__forward_arg__, self.__forward_module__) == (other.__forward_arg__, other.__forward_module__)
        return NotImplemented

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    __or__ = _union_with
    __ror__ = _union_with_reflected

    def _evaluate(self, globalns, localns, recursive_guard=None):
        # a reference made in another module (a TypedDict base) looks there
        mod = sys.modules.get(self.__forward_module__)
        arg = self.__forward_arg__
        if arg[:1] == '*':
            arg = '(%s,)[0]' % arg  # def f(*args: *Ts): no expression alone
        return eval(arg, globalns if mod is None else mod.__dict__, localns)


class NewType:
    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name.rpartition('.')[2]
        self.__supertype__ = tp
        self.__module__ = _caller(2)

    def __reduce__(self):
        return self.__qualname__  # pickled by reference

    def __mro_entries__(self, bases):
        # only __init_subclass__ learns the name of the class being defined
        sup = self.__name__

        class Hint:
            def __init_subclass__(cls):
                raise TypeError('Cannot subclass an instance of NewType. Perhaps you were looking '
                                "for: `%s = NewType(%r, %s)`" % (cls.__name__, cls.__name__, sup))
        return (Hint,)

    def __repr__(self):
        return '%s.%s' % (self.__module__, self.__qualname__)

    def __call__(self, x):
        return x

    __or__ = _union_with
    __ror__ = _union_with_reflected


class _NamedTupleMeta(type):
    def __new__(mcls, typename, bases, ns, **kwargs):
        if ns.get('_base_marker'):
            return super().__new__(mcls, typename, bases, ns)
        for b in bases:
            if b is not NamedTuple and b is not Generic or bases.count(b) > 1:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        nt = _make_namedtuple(typename, ns.get('__annotations__', {}).items(), ns)
        if Generic in bases:
            # class P(NamedTuple, Generic[T]): the namedtuple's namespace on
            # tuple and Generic, in the order given
            body = dict(nt.__dict__)
            body['__qualname__'] = nt.__qualname__
            body['__orig_bases__'] = ns.get('__orig_bases__', bases)
            nt = type(typename, tuple([tuple if b is NamedTuple else b for b in bases]), body)
        return nt

    def __call__(cls, typename, fields=None, /, **kwargs):
        if fields is None:
            fields = kwargs.items()
        elif kwargs:
            raise TypeError('Either list of fields or keywords can be provided to NamedTuple, not both')
        return _make_namedtuple(typename, fields, {'__module__': _caller(2)})


def _make_namedtuple(typename, fields, ns):
    fields = [(n, t) for n, t in fields]
    names = [n for n, t in fields]
    defaults = []
    for name in names:
        if name in ns:
            defaults.append(name)
        elif defaults:
            raise TypeError('Non-default namedtuple field %s cannot follow default field%s %s'
                            % (name, 's' if len(defaults) > 1 else '', ', '.join(defaults)))
    defaults = [ns[n] for n in defaults]
    nt = collections.namedtuple(typename, names, defaults=defaults)
    nt.__annotations__ = dict([(n, _convert(t)) for n, t in fields])
    for key, value in ns.items():
        if key == '__annotations__' or key in names:
            continue
        if key in ('_make', '_asdict', '_replace', '_fields', '_field_defaults', '__new__', '__init__',
                   '__getnewargs__', '__slots__', '_source'):
            raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
        setattr(nt, key, value)
    return nt


class NamedTuple(metaclass=_NamedTupleMeta):
    _base_marker = True


class _TypedDictMeta(type):
    def __new__(mcls, name, bases, ns, total=True):
        if ns.get('_base_marker'):
            return super().__new__(mcls, name, bases, ns)
        annotations = {}
        required = set()
        optional = set()
        generic = False
        for base in bases:
            generic = generic or issubclass(base, Generic)
            if base is Generic:
                continue
            if type(base) is not _TypedDictMeta:
                raise TypeError('cannot inherit from both a TypedDict type and a non-TypedDict base class')
            annotations.update(base.__dict__.get('__annotations__', {}))
            # (a key of a later base takes its kind)
            r = set(getattr(base, '__required_keys__', ()))
            o = set(getattr(base, '__optional_keys__', ()))
            required = (required - o) | r
            optional = (optional - r) | o
        module = ns.get('__module__')
        own = dict([(k, ForwardRef(v, module=module) if isinstance(v, str) else _convert(v))
                    for k, v in ns.get('__annotations__', {}).items()])
        annotations.update(own)
        for key, tp in own.items():
            while isinstance(tp, _Alias) and tp._form is Annotated:
                tp = tp.__args__[0]
            form = tp._form if isinstance(tp, _Alias) else None
            req = form is Required or (total and form is not NotRequired)
            (required if req else optional).add(key)
            (optional if req else required).discard(key)
        ns = dict(ns)
        ns['__annotations__'] = annotations
        ns['__required_keys__'] = frozenset(required)
        ns['__optional_keys__'] = frozenset(optional)
        ns['__total__'] = total
        if generic:
            ns.setdefault('__orig_bases__', bases)
        return super().__new__(mcls, name, (Generic, dict) if generic else (dict,), ns)

    def __init__(cls, name, bases, ns, total=True):
        pass

    def __call__(cls, /, *args, **kwargs):
        if cls is TypedDict:
            # TypedDict('Name', {'key': type, ...}, total=True) or TypedDict('Name', key=type, ...)
            if not args or len(args) > 2:
                raise TypeError('TypedDict() takes a name and a dict of fields')
            total = kwargs.pop('total', True)
            if len(args) > 1 and kwargs:
                raise TypeError('TypedDict takes either a dict or keyword arguments, but not both')
            ns = {'__annotations__': dict(args[1] if len(args) > 1 else kwargs)}
            ns['__module__'] = _caller(2)
            return _TypedDictMeta(args[0], (), ns, total)
        return dict(*args, **kwargs)

    def __instancecheck__(cls, obj):
        raise TypeError('TypedDict does not support instance and class checks')

    __subclasscheck__ = __instancecheck__


class TypedDict(metaclass=_TypedDictMeta):
    _base_marker = True


class IO(Generic[AnyStr]):
    __slots__ = ()


class TextIO(IO[str]):
    __slots__ = ()


class BinaryIO(IO[bytes]):
    __slots__ = ()


def _compile_type(name):
    import re
    return type(re.compile(name))


Pattern = _form('Pattern', _compile_type('x'), 1)
Match = _form('Match', type(__import__('re').match('x', 'x')), 1)


def cast(typ, val):
    return val


def assert_type(val, typ):
    return val


_ASSERT_NEVER_REPR_MAX_LENGTH = 100


def assert_never(arg):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError('Expected code to be unreachable, but got: ' + value)


def reveal_type(obj):
    print('Runtime type is %r' % type(obj).__name__, file=sys.stderr)
    return obj


def _overloaded_stub(*args, **kwds):
    raise NotImplementedError('You should not call an overloaded function. A series of '
                              '@typing.overload-decorated functions outside a stub module '
                              'should always be followed by an implementation that is not '
                              '@typing.overload-decorated.')


# Overload variants by (module, qualified name), for get_overloads().
_overload_table = {}


def _overload_key(func):
    f = getattr(func, '__func__', func)
    return (getattr(f, '__module__', None), getattr(f, '__qualname__', getattr(f, '__name__', None)))


def overload(func):
    # by first line too: a definition run again replaces its variant
    f = getattr(func, '__func__', func)
    line = f.__code__.co_firstlineno if hasattr(f, '__code__') else f
    _overload_table.setdefault(_overload_key(func), {})[line] = func
    return _overloaded_stub


def get_overloads(func):
    return list(_overload_table.get(_overload_key(func), {}).values())


def clear_overloads():
    _overload_table.clear()


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta) and tp is not TypedDict


def final(f):
    try:
        setattr(f, '__final__', True)
    except Exception:
        # some objects (builtins, slotted classes) take no new attributes
        pass
    return f


def no_type_check(arg):
    if isinstance(arg, type):
        # the methods and nested classes defined in its body too
        for obj in vars(arg).values():
            f = getattr(obj, '__func__', obj)
            if getattr(f, '__qualname__', '').startswith(arg.__qualname__ + '.') \
                    and getattr(f, '__module__', None) == arg.__module__:
                no_type_check(f)
    try:
        arg.__no_type_check__ = True
    except (AttributeError, TypeError):
        pass
    return arg


def no_type_check_decorator(decorator):
    # what the decorator returns is marked too
    @functools.wraps(decorator)
    def wrapped(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))
    return wrapped


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            'eq_default': eq_default, 'order_default': order_default, 'kw_only_default': kw_only_default,
            'field_specifiers': field_specifiers, 'kwargs': kwargs}
        return cls_or_fn
    return decorator


def get_origin(tp):
    if tp is Generic:
        return Generic
    if isinstance(tp, _Alias):
        return Annotated if tp._form is Annotated else tp.__origin__
    if isinstance(tp, _FormMeta):
        return tp._origin
    if isinstance(tp, _UnionType):
        return _UnionType
    origin = getattr(tp, '__origin__', None)
    return origin if type(tp) is _GA or _cargs(tp) is not None or isinstance(tp, _ParamSpecPart) else None


def _cargs(tp):
    # the argument list of typing.Callable[...] / collections.abc.Callable[...]
    return None if isinstance(tp, type) else getattr(tp, '_callable_args', None)


def get_args(tp):
    cargs = _cargs(tp)
    if cargs is not None:
        return (cargs, tp.__args__[-1])
    if isinstance(tp, (_Alias, _UnionType, _GA)):
        return _targs(tp)
    return ()


def _strip_extras(tp):
    # Annotated[T, ...], Required[T], NotRequired[T] -> T, also inside other hints
    form = getattr(tp, '_form', None)
    if form in (Annotated, Required, NotRequired):
        return _strip_extras(tp.__args__[0])
    if form is Literal or not isinstance(tp, (_Alias, _GA, _UnionType)):
        return tp
    return _rebuild(tp, tuple([_strip_extras(a) for a in tp.__args__]))


def _rebuild(value, ev):
    # the hint value with new arguments ev (value itself if they are the same)
    if all([a is b for a, b in zip(ev, _targs(value))]):
        return value
    if isinstance(value, _UnionType):
        return _or_all(ev)
    if isinstance(value, _GA):
        return _GA(value.__origin__, ev)
    form = value._form
    if form is Union or form is Annotated:
        return form[ev]
    new = type(value)(form, ev)
    if value._callable_args is not None:
        new._callable_args = _call_args(ev)
    return new


def _eval_hint(value, globalns, localns, guard=(), inner=False):
    if value is None:
        return type(None)
    if isinstance(value, str):
        value = ForwardRef(value)
    if isinstance(value, ForwardRef):
        # a recursive alias (Json = List['Json'] | int) keeps its inner reference
        arg = value.__forward_arg__
        if arg in guard:
            return value
        value = _eval_hint(value._evaluate(globalns, localns), globalns, localns, guard + (arg,))
        # (List['ClassVar[int]'] is refused as List[ClassVar[int]] is)
        return _type_check(value, 'Forward references must evaluate to types.') if inner else value
    # Forward references inside List['X'], list['X'], Optional['X'], ...
    form = getattr(value, '_form', None)
    if form is Literal or not isinstance(value, (_Alias, GenericAlias, _UnionType)):
        return value
    return _rebuild(value, tuple([a if form is Annotated and i else _eval_hint(a, globalns, localns, guard, form is not Annotated)
                                  for i, a in enumerate(_targs(value))]))


def _eval_type(t, globalns, localns, recursive_guard=None):
    return _eval_hint(t, globalns, localns)


# (private names that some libraries use)
_type_repr = _hint_text
_GenericAlias = _Alias
_SpecialForm = _FormMeta


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    if getattr(obj, '__no_type_check__', None):
        return hints
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})
            if globalns is None:
                mod = sys.modules.get(base.__module__)
                base_globals = getattr(mod, '__dict__', {})
            else:
                base_globals = globalns
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                # as CPython: the module's names before the class's
                base_globals, base_locals = base_locals, base_globals
            for name, value in ann.items():
                hints[name] = _eval_hint(value, base_globals, base_locals)
    else:
        ann = getattr(obj, '__annotations__', None)
        if ann is None:
            if isinstance(obj, type(sys)) or callable(obj):
                return {}
            raise TypeError('%r is not a module, class, method, or function.' % (obj,))
        if globalns is None:
            # the module of a decorated function is that of the function it wraps
            ns = obj
            while hasattr(ns, '__wrapped__'):
                ns = ns.__wrapped__
            globalns = getattr(ns, '__globals__', None)
            if globalns is None:
                globalns = getattr(obj, '__dict__', {})
        for name, value in ann.items():
            hints[name] = _eval_hint(value, globalns, localns)
    if not include_extras:
        for name, value in hints.items():
            hints[name] = _strip_extras(value)
    return hints


# the public names (what `from typing import *` gives)
_skip = 'ABCMeta CT_co GenericAlias KT T T_co T_contra VT VT_co V_co collections functools sys'.split()
__all__ = [n for n in globals() if n[0] != '_' and n not in _skip]

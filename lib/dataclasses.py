# dataclasses: generate __init__, __repr__, comparisons and __hash__ from
# class annotations, with the public API and observable behaviour of CPython
# 3.11 (argument errors, reprs, messages, field ordering and inheritance).
#
# How it works here: `_build` gathers the fields (inherited ones first, then
# the annotations of the class itself), checks them, then installs methods.
# __init__ is compiled from generated source text, so that its signature and
# argument errors are those of an ordinary function; the other methods are
# closures over the tuple of field names they need.

import sys
import keyword
import abc

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _FactoryMarker:
    # Default value of an __init__ parameter whose field has a
    # default_factory (so that inspect-style output shows "<factory>").
    def __repr__(self):
        return '<factory>'


_FACTORY = _FactoryMarker()


class _KW_ONLY_TYPE:
    pass


# a sentinel object, as in CPython (annotations show the instance)
KW_ONLY = _KW_ONLY_TYPE()


_fields_in_repr = set()


def _repr_once(busy, obj, text):
    # text() for obj, or '...' when obj is reached again while its own repr
    # is being made (busy holds the ids of those in progress).
    key = id(obj)
    if key in busy:
        return '...'
    busy.add(key)
    try:
        return text()
    finally:
        busy.discard(key)


class InitVar:
    # InitVar[T] makes an instance remembering T.
    __slots__ = ('type',)

    def __class_getitem__(cls, type):
        return InitVar(type)

    def __repr__(self):
        inner = self.type.__name__ if isinstance(self.type, type) else repr(self.type)
        return 'dataclasses.InitVar[%s]' % inner

    def __init__(self, type):
        self.type = type


# The three kinds of annotated names, shown in Field's repr.
class _Kind:
    def __init__(self, label):
        self.label = label

    def __repr__(self):
        return self.label


_PLAIN = _Kind('_FIELD')
_CLASSVAR = _Kind('_FIELD_CLASSVAR')
_INITVAR = _Kind('_FIELD_INITVAR')


from types import MappingProxyType as _readonly_mapping

_NO_METADATA = _readonly_mapping({})


class Field:
    __class_getitem__ = classmethod(type(list[int]))  # Queue[int] (PEP 585)
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_kind')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        # name and type are filled in when the class is processed
        self.name = self.type = self._kind = None
        self.default, self.default_factory = default, default_factory
        self.init, self.repr, self.hash, self.compare = init, repr, hash, compare
        self.metadata = _NO_METADATA if metadata is None else _readonly_mapping(metadata)
        self.kw_only = kw_only

    def __repr__(self):
        return _repr_once(_fields_in_repr, self, self._repr_text)

    def _repr_text(self):
        parts = ['name=%r' % (self.name,), 'type=%r' % (self.type,),
                 'default=%r' % (self.default,), 'default_factory=%r' % (self.default_factory,),
                 'init=%r' % (self.init,), 'repr=%r' % (self.repr,), 'hash=%r' % (self.hash,),
                 'compare=%r' % (self.compare,), 'metadata=%r' % (self.metadata,),
                 'kw_only=%r' % (self.kw_only,), '_field_type=%r' % (self._kind,)]
        return 'Field(' + ','.join(parts) + ')'

    def __set_name__(self, owner, name):
        # pass the notification on to a descriptor used as the default
        hook = getattr(type(self.default), '__set_name__', None)
        if hook is not None:
            hook(self.default, owner, name)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, *flags):
        for name, flag in zip(self.__slots__, flags):
            setattr(self, name, flag)

    def __repr__(self):
        return ('_DataclassParams(' + ','.join('%s=%r' % (k, getattr(self, k)) for k in self.__slots__)
                + ')')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Describe one field: its default (or factory) and which methods use it."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


# ---------------------------------------------------------------------------
# Classifying annotations


def _typing_form(name):
    mod = sys.modules.get('typing')
    return getattr(mod, name, None) if mod is not None else None


def _leading_word(text, pos):
    # (word, position after it) for the identifier characters at pos
    end = pos
    while end < len(text) and (text[end].isalnum() or text[end] == '_'):
        end += 1
    return text[pos:end], end


def _skip_spaces(text, pos):
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _names_form(text, name, module_name):
    # String annotations (from __future__ import annotations): "ClassVar[int]",
    # "typing.ClassVar", " typing . ClassVar [str]"... Only the leading
    # "[module .] name" matters; whatever follows it is not looked at.
    first, pos = _leading_word(text, _skip_spaces(text, 0))
    pos = _skip_spaces(text, pos)
    if pos < len(text) and text[pos] == '.':
        second, _ = _leading_word(text, _skip_spaces(text, pos + 1))
        return first == module_name and second == name
    return first == name


def _global_named(text, cls):
    # "T_CV" or "mod.T_CV" resolved through the globals of cls's module (as
    # CPython does; class-level aliases are not seen)
    first, pos = _leading_word(text, _skip_spaces(text, 0))
    found = getattr(sys.modules.get(cls.__module__), first, None)
    pos = _skip_spaces(text, pos)
    if pos < len(text) and text[pos] == '.':
        found = getattr(found, _leading_word(text, _skip_spaces(text, pos + 1))[0], None)
    return found


def _kind_of(annotation, cls=None):
    classvar = _typing_form('ClassVar')
    if classvar is not None and (annotation is classvar
                                 or getattr(annotation, '__origin__', None) is classvar):
        return _CLASSVAR
    if annotation is InitVar or isinstance(annotation, InitVar):
        return _INITVAR
    if isinstance(annotation, str):
        if _names_form(annotation, 'ClassVar', 'typing'):
            return _CLASSVAR
        if _names_form(annotation, 'InitVar', 'dataclasses'):
            return _INITVAR
        if cls is not None:
            found = _global_named(annotation, cls)
            if found is not None and not isinstance(found, str):
                return _kind_of(found)
    return _PLAIN


def _is_kw_only_marker(annotation):
    return annotation is KW_ONLY or (isinstance(annotation, str)
                                     and annotation.strip() in ('KW_ONLY', 'dataclasses.KW_ONLY'))


def _own_field(cls, name, annotation, kw_only_now):
    # a default may come from a base class's attribute (a base dataclass's
    # default too); a descriptor that refuses class access gives none
    value = getattr(cls, name, MISSING)
    if isinstance(value, Field):
        f = value
    else:
        if type(value).__name__ == 'member_descriptor':
            # a __slots__ entry, not a default
            value = MISSING
        f = field(default=value)
    f.name = name
    f.type = annotation
    f._kind = _kind_of(annotation, cls)
    if f._kind is _PLAIN or f._kind is _INITVAR:
        if f.kw_only is MISSING:
            f.kw_only = kw_only_now
    else:
        if f.kw_only is not MISSING:
            raise TypeError('field %s is a ClassVar but specifies kw_only' % name)
    if f._kind is not _PLAIN and f.default_factory is not MISSING:
        raise TypeError('field %s cannot have a default factory' % name)
    if f._kind is _PLAIN and f.default is not MISSING and type(f.default).__hash__ is None:
        raise ValueError('mutable default %s for field %s is not allowed: use default_factory'
                         % (type(f.default), name))
    return f


# ---------------------------------------------------------------------------
# Generated methods


def _named(fn, cls, name):
    fn.__name__ = name
    fn.__qualname__ = cls.__qualname__ + '.' + name
    return fn


def _put(cls, name, fn):
    # Install unless the class body defines the name; True if it did.
    if name in cls.__dict__:
        return True
    setattr(cls, name, _named(fn, cls, name) if callable(fn) else fn)
    return False


def _init_source(self_name, fields_all, positional, keyword_only, frozen, post_init_args,
                 slots):
    params = [self_name]
    for group in (positional, keyword_only):
        if group is keyword_only and group:
            params.append('*')
        for f in group:
            if f.default_factory is not MISSING:
                params.append('%s=_dc_factory_flag' % f.name)
            elif f.default is not MISSING:
                params.append('%s=_dc_default_%s' % (f.name, f.name))
            else:
                params.append(f.name)
    body = []
    for f in fields_all:
        if f._kind is not _PLAIN:
            continue
        if f.init:
            if f.default_factory is not MISSING:
                value = ('_dc_make_%s() if %s is _dc_factory_flag else %s'
                         % (f.name, f.name, f.name))
            else:
                value = f.name
        elif f.default_factory is not MISSING:
            value = '_dc_make_%s()' % f.name
        elif slots and f.default is not MISSING:
            # no class attribute to fall back on: store the default
            value = '_dc_default_' + f.name
        else:
            # init=False with a plain default: the class attribute answers
            continue
        if frozen:
            body.append('_dc_setattr(%s, %r, %s)' % (self_name, f.name, value))
        else:
            body.append('%s.%s = %s' % (self_name, f.name, value))
    if post_init_args is not None:
        body.append('%s.__post_init__(%s)' % (self_name, ', '.join(post_init_args)))
    if not body:
        body.append('pass')
    return 'def __init__(%s):\n    %s\n' % (', '.join(params), '\n    '.join(body))


def _make_init(cls, fields_all, frozen):
    takes = [f for f in fields_all if f._kind is not _CLASSVAR and f.init]
    positional = [f for f in takes if not f.kw_only]
    keyword_only = [f for f in takes if f.kw_only]
    scope = {'_dc_factory_flag': _FACTORY, '_dc_setattr': object.__setattr__}
    for f in fields_all:
        if f.default is not MISSING:
            scope['_dc_default_' + f.name] = f.default
        if f.default_factory is not MISSING:
            scope['_dc_make_' + f.name] = f.default_factory
    post = None
    if hasattr(cls, '__post_init__'):
        post = [f.name for f in fields_all if f._kind is _INITVAR]
    names = set(f.name for f in fields_all)
    self_name = 'self' if 'self' not in names else '__dataclass_self__'
    src = _init_source(self_name, fields_all, positional, keyword_only, frozen, post,
                       '__slots__' in cls.__dict__)
    # Built inside a function taking the helpers, so that __init__'s globals are its
    # module's (get_type_hints resolves string annotations there).
    src = 'def _dc_outer(%s):\n %s\n return __init__\n' % (', '.join(scope), src.replace('\n', '\n '))
    made = {}
    exec(src, getattr(sys.modules.get(cls.__module__), '__dict__', {}), made)
    fn = made['_dc_outer'](**scope)
    try:
        notes = dict((f.name, f.type) for f in takes)
        notes['return'] = None
        fn.__annotations__ = notes
    except (AttributeError, TypeError):
        pass
    return fn


def _getter(names):
    # The fields as a tuple, read by a function written for them (field
    # names are identifiers): a tuple display, no loop and no getattr calls.
    made = {}
    exec('def values_of(obj):\n return (%s)\n' % ''.join('obj.%s, ' % n for n in names), {}, made)
    return made['values_of']


def _make_repr(cls, names):
    busy = set()

    def text(self):
        inner = ', '.join('%s=%r' % (n, getattr(self, n)) for n in names)
        return type(self).__qualname__ + '(' + inner + ')'

    def __repr__(self):
        return _repr_once(busy, self, lambda: text(self))
    return __repr__


def _make_eq(values_of):
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return values_of(self) == values_of(other)
    return __eq__


def _make_order(values_of, test):
    def compare(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return test(values_of(self), values_of(other))
    return compare


_ORDERINGS = (('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b),
              ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b))


def _make_hash(values_of):
    def __hash__(self):
        return hash(values_of(self))
    return __hash__


def _make_frozen_guards(cls, names):
    protected = frozenset(names)

    def __setattr__(self, name, value):
        if type(self) is cls or name in protected:
            raise FrozenInstanceError('cannot assign to field %r' % (name,))
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in protected:
            raise FrozenInstanceError('cannot delete field %r' % (name,))
        super(cls, self).__delattr__(name)
    return __setattr__, __delattr__


def _annotation_text(a):
    if isinstance(a, type) and not getattr(a, '__module__', '') == 'typing':
        if a.__module__ == 'builtins':
            return a.__qualname__
        return '%s.%s' % (a.__module__, a.__qualname__)
    text = repr(a)
    if getattr(a, '__module__', None) == 'typing':
        text = text.replace('typing.', '')
    return text


def _signature_doc(cls, fields_all):
    takes = [f for f in fields_all if f._kind is not _CLASSVAR and f.init]
    # keyword-only parameters come last, after a '*'
    takes = [f for f in takes if not f.kw_only] + [f for f in takes if f.kw_only]
    parts = []
    star = False
    for f in takes:
        if f.kw_only and not star:
            parts.append('*')
            star = True
        text = '%s: %s' % (f.name, _annotation_text(f.type))
        if f.default_factory is not MISSING:
            text += ' = <factory>'
        elif f.default is not MISSING:
            text += ' = %r' % (f.default,)
        parts.append(text)
    return '%s(%s)' % (cls.__name__, ', '.join(parts))


def _with_slots(cls, names):
    if '__slots__' in cls.__dict__:
        raise TypeError('%s already specifies __slots__' % cls.__name__)
    inherited = set()
    for base in cls.__mro__[1:-1]:
        have = base.__dict__.get('__slots__', ())
        if hasattr(have, '__next__'):
            raise TypeError("Slots of '%s' cannot be determined" % base.__name__)
        inherited.update((have,) if isinstance(have, str) else have)
    body = dict(cls.__dict__)
    for n in names:
        body.pop(n, None)
    body.pop('__dict__', None)
    body.pop('__weakref__', None)
    body['__slots__'] = tuple(n for n in names if n not in inherited)
    body['__qualname__'] = cls.__qualname__
    return type(cls)(cls.__name__, cls.__bases__, body)


# ---------------------------------------------------------------------------
# The decorator


def _frozen_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _frozen_setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def _build(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots,
           weakref_slot):
    collected = {}
    inherits = False
    frozen_bases = []
    for base in reversed(cls.__mro__[1:]):
        known = base.__dict__.get('__dataclass_fields__')
        if known is None:
            continue
        inherits = True
        for f in known.values():
            collected[f.name] = f
        frozen_bases.append(base.__dict__['__dataclass_params__'].frozen)

    notes = cls.__dict__.get('__annotations__', {})
    marker_seen = False
    own = []
    for name, annotation in notes.items():
        if _is_kw_only_marker(annotation):
            if marker_seen:
                raise TypeError('%r is KW_ONLY, but KW_ONLY has already been specified' % name)
            marker_seen = True
            kw_only = True
            continue
        f = _own_field(cls, name, annotation, kw_only)
        own.append(f)
        collected[name] = f

    # Class attributes holding Field objects become plain defaults (or go).
    for f in own:
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is not MISSING:
                setattr(cls, f.name, f.default)
            else:
                delattr(cls, f.name)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in notes:
            raise TypeError('%r is a field but has no type annotation' % name)

    if inherits:
        if not frozen and True in frozen_bases:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if frozen and frozen_bases and False in frozen_bases:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    if order and not eq:
        raise ValueError('eq must be true if order is true')

    fields_all = list(collected.values())
    plain = [f for f in fields_all if f._kind is _PLAIN]
    plain_names = tuple(f.name for f in plain)

    if init:
        # (checked before the slots are made, as CPython does)
        seen_default = False
        for f in fields_all:
            if f._kind is not _CLASSVAR and f.init and not f.kw_only:
                if f.default is not MISSING or f.default_factory is not MISSING:
                    seen_default = True
                elif seen_default:
                    raise TypeError('non-default argument %r follows default argument' % f.name)

    if slots:
        wanted = plain_names + (('__weakref__',) if weakref_slot else ())
        cls = _with_slots(cls, wanted)
        if frozen:
            # pickle and copy cannot set the fields of a frozen instance themselves
            for name, fn in (('__getstate__', _frozen_getstate), ('__setstate__', _frozen_setstate)):
                if name not in cls.__dict__:
                    setattr(cls, name, fn)
    elif weakref_slot:
        raise TypeError('weakref_slot is True but slots is False')

    cls.__dataclass_fields__ = collected
    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen)

    hash_in_body = cls.__dict__.get('__hash__', MISSING)
    explicit_hash = not (hash_in_body is MISSING
                         or (hash_in_body is None and '__eq__' in cls.__dict__))

    if init:
        _put(cls, '__init__', _make_init(cls, fields_all, frozen))
    if repr:
        _put(cls, '__repr__', _make_repr(cls, tuple(f.name for f in plain if f.repr)))
    compared = _getter(tuple(f.name for f in plain if f.compare))
    if eq:
        _put(cls, '__eq__', _make_eq(compared))
    if order:
        for name, test in _ORDERINGS:
            if _put(cls, name, _make_order(compared, test)):
                raise TypeError('Cannot overwrite attribute %s in class %s. Consider using '
                                'functools.total_ordering' % (name, cls.__name__))
    if frozen:
        for guard in _make_frozen_guards(cls, plain_names):
            if _put(cls, guard.__name__, guard):
                raise TypeError('Cannot overwrite attribute %s in class %s'
                                % (guard.__name__, cls.__name__))

    hashed = _getter(tuple(f.name for f in plain
                           if (f.compare if f.hash is None else f.hash)))
    if unsafe_hash:
        if explicit_hash:
            raise TypeError('Cannot overwrite attribute __hash__ in class %s' % cls.__name__)
        cls.__hash__ = _named(_make_hash(hashed), cls, '__hash__')
    elif eq and not explicit_hash:
        if frozen:
            cls.__hash__ = _named(_make_hash(hashed), cls, '__hash__')
        else:
            cls.__hash__ = None

    if getattr(cls, '__doc__', None):
        pass
    elif any('__call__' in m.__dict__ for m in type(cls).__mro__[:-2]):
        # a metaclass __call__ hides __init__'s signature
        cls.__doc__ = cls.__name__
    else:
        try:
            if init:
                cls.__doc__ = _signature_doc(cls, fields_all)
            else:
                # the __init__ that runs is not ours: show what it takes
                import inspect
                cls.__doc__ = cls.__name__ + str(inspect.signature(cls)).replace(' -> None', '')
        except (TypeError, ValueError, AttributeError):
            cls.__doc__ = cls.__name__

    if match_args:
        takes = [f for f in fields_all if f._kind is not _CLASSVAR and f.init and not f.kw_only]
        _put(cls, '__match_args__', tuple(f.name for f in takes))

    abc.update_abstractmethods(cls)
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
              slots=False, weakref_slot=False):
    """Add generated special methods to a class, based on its annotated fields."""
    options = (init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots,
               weakref_slot)
    if cls is None:
        return lambda c: _build(c, *options)
    return _build(cls, *options)


# ---------------------------------------------------------------------------
# Module functions


def _dc_class(obj):
    return obj if isinstance(obj, type) else type(obj)


def is_dataclass(obj):
    """True for a dataclass or an instance of one."""
    return hasattr(_dc_class(obj), '__dataclass_fields__')


def _is_instance(obj):
    return not isinstance(obj, type) and hasattr(type(obj), '__dataclass_fields__')


def fields(class_or_instance):
    """The fields of a dataclass or instance, as a tuple of Field objects."""
    try:
        table = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in table.values() if f._kind is _PLAIN)


def _convert(obj, pack, make_dict):
    # Deep conversion shared by asdict (pack=None) and astuple (pack given).
    if _is_instance(obj):
        vals = [(f.name, _convert(getattr(obj, f.name), pack, make_dict)) for f in fields(obj)]
        if pack is None:
            return make_dict(vals)
        return pack([v for _, v in vals])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_convert(v, pack, make_dict) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert(v, pack, make_dict) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_convert(k, pack, make_dict), _convert(v, pack, make_dict))
                         for k, v in obj.items())
    import copy
    return copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    """Convert a dataclass instance to a dict, recursively."""
    if not _is_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _convert(obj, None, dict_factory)


def astuple(obj, *, tuple_factory=tuple):
    """Convert a dataclass instance to a tuple, recursively."""
    if not _is_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _convert(obj, tuple_factory, None)


def replace(obj, /, **changes):
    """A new instance like obj, with some field values changed."""
    if not _is_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in obj.__dataclass_fields__.values():
        given = f.name in changes
        if f._kind is _CLASSVAR:
            continue
        if not f.init:
            if given:
                raise ValueError('field %s is declared with init=False, it cannot be specified '
                                 'with replace()' % f.name)
            continue
        if given:
            continue
        if f._kind is _INITVAR:
            if f.default is MISSING:
                raise ValueError('InitVar %r must be specified with replace()' % f.name)
            continue
        changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False, module=None):
    """Create a dataclass from a name and a list of field specifications."""
    body = dict(namespace) if namespace is not None else {}
    notes = {}
    for item in fields:
        spec = MISSING
        if isinstance(item, str):
            name, kind = item, 'typing.Any'
        elif len(item) == 2:
            name, kind = item
        elif len(item) == 3:
            name, kind, spec = item
        else:
            raise TypeError('Invalid field: %r' % (item,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError('Field names must be valid identifiers: %r' % (name,))
        if keyword.iskeyword(name):
            raise TypeError('Field names must not be keywords: %r' % (name,))
        if name in notes:
            raise TypeError('Field name duplicated: %r' % (name,))
        notes[name] = kind
        if spec is not MISSING:
            body[name] = spec
    body['__annotations__'] = notes
    body['__qualname__'] = cls_name
    # CPython 3.11 builds the class through types.new_class, which leaves
    # __module__ == 'types'; `module=` (from 3.12) overrides it.
    body['__module__'] = module if module is not None else 'types'
    if all(isinstance(b, type) for b in bases):
        made = type(cls_name, tuple(bases), body)
    else:
        # Generic[T] and other bases with __mro_entries__
        import types
        made = types.new_class(cls_name, tuple(bases), None, lambda ns: ns.update(body))
    return dataclass(made, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)

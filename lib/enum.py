# enum: enumerations (a small rewrite of the documented behaviour of
# CPython 3.11's module): Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique.
# Members are the class body's plain attributes, in definition order.

from types import DynamicClassAttribute as _DynamicClassAttribute

_builtin_property = property

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
           'ReprEnum', 'auto', 'unique', 'verify', 'FlagBoundary', 'STRICT', 'CONFORM',
           'EJECT', 'KEEP', 'property', 'member', 'nonmember']


class auto:
    def __init__(self, value=None):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


class member(object):
    # member(x) in a class body: x becomes a member even if it is a function
    def __init__(self, value):
        self.value = value


class nonmember(object):
    # nonmember(x): x stays a plain class attribute
    __init__ = member.__init__


_member, _nonmember = member, nonmember  # EnumType.__new__ has a local named member


def _dunder_name(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _sunder_name(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _binds_like_descriptor(obj):
    t = type(obj)
    # remembered per type: three failed lookups cost more than the rest of
    # a member's assignment
    found = _DESCRIPTOR_TYPES.get(t)
    if found is None:
        found = _DESCRIPTOR_TYPES[t] = hasattr(t, '__get__') or hasattr(t, '__set__') \
            or hasattr(t, '__delete__')
    return found


# Functions here do not show a __get__ attribute: they are named here.
_DESCRIPTOR_TYPES = dict.fromkeys((type(_dunder_name), classmethod, staticmethod, property), True)
_FUNCTION = type(_dunder_name)
_is_dunder = _dunder_name
_is_sunder = _sunder_name


def _data_type(bases):
    # the first class (outside the enums) that makes its own instances: a
    # built-in type or one defining __new__; plain mixins only add behaviour
    for base in bases:
        outer = None
        for c in base.__mro__:
            if c is object:
                continue
            if isinstance(c, EnumType):
                kind = c.__dict__.get('_member_type_', object)
                if kind is not object:
                    return kind
                break
            if '__new__' in c.__dict__ or '__dataclass_fields__' in c.__dict__:
                # a subclass of the maker (e.g. of int) is the data type
                return outer or c
            outer = outer or c
    return object


# sunder names a class body may define (plus this module's own marker)
_KNOWN_SUNDERS = frozenset(['_order_', '_generate_next_value_', '_missing_', '_ignore_',
                            '_numeric_repr_', '_iter_member_', '_iter_member_by_value_',
                            '_iter_member_by_def_', '_enum_root_'])


class _ClassBody(dict):
    # The namespace an enum class body runs in: it refuses reserved _sunder_
    # names and a member name given twice (or reused by a method).

    def __init__(self, owner='', bases=()):
        dict.__init__(self)
        self._private_prefix = '_%s__' % owner
        self._bases = bases
        self._values = []
        self._member_names = {}  # (as CPython's, for metaclasses that read it)
        self._auto_used = False

    def __setitem__(self, key, value):
        if _sunder_name(key) and not key.startswith(self._private_prefix):
            if key not in _KNOWN_SUNDERS:
                raise ValueError('_sunder_ names, such as %r, are reserved for future '
                                 'Enum use' % (key,))
            if key == '_generate_next_value_' and self._auto_used:
                raise TypeError('_generate_next_value_ must be defined before members')
        elif not _dunder_name(key):
            ignore = dict.get(self, '_ignore_', ())
            if isinstance(ignore, str):
                ignore = ignore.replace(',', ' ').split()
            if key in self:
                old = self[key]
                if key not in ignore and not (_binds_like_descriptor(old)
                                              and _binds_like_descriptor(value)):
                    raise TypeError('%r already defined as %r' % (key, old))
            if not (key in ignore or key.startswith(self._private_prefix)
                    or isinstance(value, _nonmember) or _binds_like_descriptor(value)):
                if isinstance(value, _member):
                    value = _member(self._resolve(key, value.value))
                else:
                    value = self._resolve(key, value)
        dict.__setitem__(self, key, value)

    def _resolve(self, key, value):
        # auto() gets its value now, as the rest of the class body may
        # compute with it (RWX = R | W | X)
        one = isinstance(value, auto)
        gen = None
        if one or type(value) is tuple and any([isinstance(v, auto) for v in value]):
            gen = dict.get(self, '_generate_next_value_')
            gen = getattr(gen, '__func__', gen) or (self._bases and getattr(
                self._bases[-1], '_generate_next_value_', None))
        if gen:
            got = []
            for v in ((value,) if one else value):
                if isinstance(v, auto):
                    if v.value is None:
                        self._auto_used = True
                        v.value = gen(key, 1, len(self._member_names), self._values[:])
                    v = v.value
                    self._values.append(v)
                got.append(v)
            value = got[0] if one else tuple(got)
        else:
            self._values.append(value)
        self._member_names[key] = None
        return value

    def update(self, *args, **kwargs):
        # vars().update(...) in a class body: each name as an assignment
        for src in args + (kwargs,):
            for key, value in src.items() if hasattr(src, 'keys') else src:
                self[key] = value


_lookup_new = None


class EnumType(type):
    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        return _ClassBody(cls, bases)

    def __new__(mcls, cls, bases, classdict, *, boundary=None, **kwds):
        ignore = classdict.get('_ignore_', ())
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        if bases and not isinstance(bases[-1], EnumType):
            raise TypeError('new enumerations should be created as '
                            '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
        members = []
        body = {}
        for key, value in classdict.items():
            if key in ignore or key == '_ignore_':
                continue
            if isinstance(value, _member):
                members.append((key, value.value))
            elif isinstance(value, _nonmember):
                body[key] = value.value
            elif _dunder_name(key) or _sunder_name(key) or _binds_like_descriptor(value) or \
                    key.startswith('_%s__' % cls):
                body[key] = value
            else:
                members.append((key, value))
        bad = [repr(name) for name, value in members if name in ('mro', '')]
        if bad:
            raise ValueError('invalid enum member name(s) %s' % ', '.join(bad))
        if members and bases:
            for base in bases:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError('<enum %r> cannot extend %r' % (cls, base))
        enum_class = super().__new__(mcls, cls, bases, body, **kwds)
        enum_class._member_names_ = []
        enum_class._member_map_ = {}
        enum_class._value2member_map_ = {}
        enum_class._unhashable_values_ = []
        member_type = _data_type(bases)
        enum_class._member_type_ = member_type
        enum_class._value_repr_ = None if member_type is object else member_type.__repr__
        custom_new = None
        init = None
        for c in enum_class.__mro__:
            if '__new__' in c.__dict__ and custom_new is None and isinstance(c, EnumType):
                custom_new = c.__dict__['__new__']
                if isinstance(custom_new, staticmethod):
                    custom_new = custom_new.__func__
                if custom_new is _lookup_new:
                    # Enum's own __new__ looks members up, it makes none
                    custom_new = None
            # the first __init__ written in Python (an enum's, a mixin's or a
            # dataclass's) sets up each member
            if init is None and type(c.__dict__.get('__init__')) is _FUNCTION:
                init = c.__dict__['__init__']
        enum_class._new_member_ = custom_new or member_type.__new__
        # The mixed-in data type comes first in the MRO (class IntEnum(int,
        # ReprEnum)), but these methods must be the enum's.
        for name in _ENUM_METHODS:
            if name not in body and member_type is not object:
                for c in enum_class.__mro__:
                    if isinstance(c, EnumType) and name in c.__dict__:
                        if c is not enum_class:
                            type.__setattr__(enum_class, name, c.__dict__[name])
                        break
        for name, value in members:
            args = value if isinstance(value, tuple) else (value,)
            if member_type is tuple:
                args = (args,)
            if custom_new is not None:
                member = custom_new(enum_class, *args)
            elif member_type.__new__ is object.__new__:
                member = object.__new__(enum_class)
            else:
                member = member_type.__new__(enum_class, *args)
            if not hasattr(member, '_value_'):
                try:
                    member._value_ = value if member_type is object else member_type(*args)
                except Exception as e:
                    raise TypeError('_value_ not set in __new__, unable to create it') from e
            value = member._value_
            member._name_ = name
            if init is not None:
                init(member, *args)
            alias = None
            try:
                alias = enum_class._value2member_map_.get(value)
            except TypeError:
                for m in enum_class._unhashable_values_:
                    if m._value_ == value:
                        alias = m
            if alias is not None:
                member = alias
            else:
                # a Flag lists (and iterates) only its single-bit members;
                # zero and multi-bit ones are reachable by name and value
                if not (Flag is not None and issubclass(enum_class, Flag)
                        and isinstance(value, int) and (value <= 0 or value & (value - 1))):
                    enum_class._member_names_.append(name)
                try:
                    enum_class._value2member_map_.setdefault(value, member)
                except TypeError:
                    enum_class._unhashable_values_.append(member)
            enum_class._member_map_[name] = member
            holder = _shadowing_property(enum_class, name, member)
            type.__setattr__(enum_class, name, member if holder is None else holder)
        if Flag is not None and issubclass(enum_class, Flag):
            bits = 0
            for m in enum_class._member_map_.values():
                bits |= m._value_
            enum_class._flag_mask_ = bits
            if boundary is not None:
                enum_class._boundary_ = boundary
        order = classdict.get('_order_')
        if order is not None:
            if isinstance(order, str):
                order = order.replace(',', ' ').split()
            if Flag is not None and issubclass(enum_class, Flag):
                # aliases and multi-bit members are not part of the order
                order = [n for n in order if n not in enum_class._member_map_
                         or n in enum_class._member_names_]
            if list(order) != enum_class._member_names_:
                raise TypeError('member order does not match _order_:\n  %r\n  %r'
                                % (enum_class._member_names_, order))
        if _lookup_new is not None and '__new__' not in body:
            # a custom __new__ of a subclass calling super().__new__ while
            # its members are made gets the lookup (and its error)
            type.__setattr__(enum_class, '__new__', _lookup_new)
        return enum_class

    def __init__(cls, *args, **kwds):
        pass

    def __dir__(cls):
        names = {'__class__', '__contains__', '__doc__', '__getitem__', '__init_subclass__',
                 '__iter__', '__len__', '__members__', '__module__', '__name__',
                 '__qualname__'}
        names.update(cls.__dict__.get('_member_names_', ()))
        if cls is Enum:
            names.add('__new__')
        for c in cls.__mro__:
            maker = c.__dict__.get('__new__')
            if isinstance(maker, staticmethod):
                maker = maker.__func__
            if maker is not None and maker is not _lookup_new and isinstance(c, EnumType) \
                    and (c is cls or not c.__dict__.get('_enum_root_', False)):
                # a user-written __new__ (making members) shows in dir()
                names.add('__new__')
                break
        kind = cls.__dict__.get('_member_type_', object)
        if kind is not object:
            names.update(dir(kind))
        return sorted(names)

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls._lookup(value)
        return cls._create(value, names, module=module, qualname=qualname, type=type, start=start,
                           boundary=boundary)

    def _lookup(cls, value):
        if isinstance(value, cls):
            return value
        try:
            known = value in cls._value2member_map_
        except TypeError:
            # unhashable value: compare with the members kept in a list
            for m in cls._unhashable_values_:
                if m._value_ == value:
                    return m
            known = False
        if known:
            return cls._value2member_map_[value]
        exc = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        try:
            result = cls._missing_(value)
        except Exception as e:
            if e.__context__ is None:
                e.__context__ = exc
            raise
        if isinstance(result, cls):
            return result
        if Flag is not None and issubclass(cls, Flag) and isinstance(result, int) \
                and cls._boundary_ is EJECT:
            return result
        if result is None:
            raise exc
        try:
            raise exc
        except ValueError:
            # (as CPython: the TypeError has the ValueError as its context)
            raise TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                            % (cls.__name__, result))

    def _convert_(cls, name, module, filter, source=None, *, boundary=None, as_global=False):
        # an enum of the (filtered) globals of a module, stored back into it
        g = __import__('sys').modules[module].__dict__
        items = [(k, v) for k, v in (source.__dict__ if source else g).items() if filter(k)]
        try:
            items.sort(key=lambda t: (t[1], t[0]))
        except TypeError:
            items.sort()  # by name
        g[name] = new = cls(name, items, module=module, boundary=boundary or KEEP)
        if as_global:
            global_enum(new)
        g.update(new.__members__)
        return new

    def _create(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                boundary=None):
        bases = (cls,) if type is None else (type, cls)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        names = list(names.items()) if isinstance(names, dict) else list(names)
        body = _ClassBody(class_name, bases)
        body['__module__'] = module or '__main__'
        body['__qualname__'] = qualname or class_name
        last = []
        for i, item in enumerate(names):
            if isinstance(item, str):
                value = cls._generate_next_value_(item, start, i, last[:])
                item = (item, value)
            body[item[0]] = item[1]
            last.append(item[1])
        return EnumType.__new__(EnumType, class_name, bases, body, boundary=boundary)

    def __iter__(cls):
        return iter([cls._member_map_[name] for name in cls._member_names_])

    def __reversed__(cls):
        return iter([cls._member_map_[name] for name in reversed(cls._member_names_)])

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, type(cls).__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    @property
    def __members__(cls):
        return type(type.__dict__)(cls._member_map_)

    def __repr__(cls):
        kind = 'flag' if Flag is not None and issubclass(cls, Flag) else 'enum'
        return '<%s %r>' % (kind, cls.__name__)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('cannot reassign member %r' % name)
        super().__setattr__(name, value)

    def __getattr__(cls, name):
        # (members are class attributes: only a miss gets here)
        raise AttributeError(name)

    def __delattr__(cls, name):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, name))
        super().__delattr__(name)


EnumMeta = EnumType
Flag = None


class property(_DynamicClassAttribute):
    # Enum's own property (name, value, and user ones): on a member it
    # computes as usual; on the class it gives the member of the same name
    # when a subclass defined one, else AttributeError.
    member = None

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError('<enum %r> cannot set attribute %r' % (getattr(self, 'clsname', ''), self.name))
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError('<enum %r> cannot delete attribute %r' % (getattr(self, 'clsname', ''), self.name))
        self.fdel(instance)

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.member is not None:
                return self.member
            raise AttributeError(getattr(self, 'name', ''))
        if self.fget is None:
            if self.member is not None:
                return self.member
            raise AttributeError('%r has no attribute %r'
                                 % (type(instance), getattr(self, 'name', '')))
        return self.fget(instance)


def _shadowing_property(enum_class, name, member):
    # A member whose name an inherited property already uses (name, value,
    # or an enum.property of a base): keep both, through one enum.property.
    for c in enum_class.__mro__[1:]:
        found = c.__dict__.get(name)
        if found is None:
            continue
        if isinstance(found, _DynamicClassAttribute):
            holder = property(found.fget, found.fset, found.fdel)
        elif isinstance(found, _builtin_property):
            holder = property(found.fget, found.fset, found.fdel)
        else:
            return None
        holder.name = name
        holder.member = member
        return holder
    return None
_ENUM_METHODS = ('__repr__', '__str__', '__format__', '__reduce_ex__', '__or__', '__and__',
                 '__xor__', '__ror__', '__rand__', '__rxor__', '__invert__', '__contains__',
                 '__iter__', '__len__', '__bool__')


class Enum(metaclass=EnumType):
    _enum_root_ = True

    def __new__(cls, value):
        if not cls._member_map_:
            raise TypeError('%r has no members defined' % cls)
        return EnumType._lookup(cls, value)

    @classmethod
    def _missing_(cls, value):
        return None

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        # one more than the largest value (CPython 3.11 sorts them first when
        # it can), else than the latest value that supports "+ 1"
        try:
            last_values = sorted(last_values)
        except TypeError:
            pass
        for earlier in reversed(last_values):
            try:
                return earlier + 1
            except TypeError:
                continue
        return start

    def __init__(self, *args, **kwds):
        pass

    @property
    def value(self):
        return self._value_

    @property
    def name(self):
        return self._name_

    def __repr__(self):
        rep = self._member_type_.__repr__ if self._member_type_ is not object else repr
        return '<%s.%s: %s>' % (type(self).__name__, self._name_, rep(self._value_))

    def __str__(self):
        return '%s.%s' % (type(self).__name__, self._name_)

    def __format__(self, spec):
        return format(str(self), spec)

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)

    def __hash__(self):
        return hash(self._name_)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def _member_dir(self):
        cls = type(self)
        members = cls._member_map_
        if cls._member_type_ is object:
            names = {'__class__', '__doc__', '__eq__', '__hash__', '__module__'}
        else:
            # a mixed-in member shows everything its data type and classes have
            names = set(dir(cls._member_type_))
            for c in cls.__mro__:
                if isinstance(c, EnumType):
                    names.update(c.__dict__)
        for key in getattr(self, '__dict__', ()):
            if key[:1] != '_':
                names.add(key)
        # public behaviour of the classes (methods, enum properties); the
        # members themselves are not attributes of a member
        for c in cls.__mro__:
            for key, obj in c.__dict__.items():
                if key[:1] == '_':
                    continue
                if isinstance(obj, _DynamicClassAttribute):
                    if obj.fget is not None or key not in members:
                        names.add(key)
                    else:
                        names.discard(key)
                elif key not in members:
                    names.add(key)
        return sorted(names)


_lookup_new = Enum.__dict__['__new__']
if isinstance(_lookup_new, staticmethod):
    _lookup_new = _lookup_new.__func__


class _DirHook:
    # Enum.__dir__: on a member it lists the member's attributes; looked up on
    # an enum class (by a dir() that does not go through the metaclass) it
    # answers with EnumType.__dir__ for that class.
    def __get__(self, instance, ownerclass=None):
        if instance is None:
            return lambda: EnumType.__dir__(ownerclass)
        # a plain function (not a bound method): dir() here only calls those
        return lambda: Enum._member_dir(instance)


Enum.__dir__ = _DirHook()


class ReprEnum(Enum):
    # str() and format() are those of the mixed-in type; only repr() changes.
    _enum_root_ = True

    def __str__(self):
        t = self._member_type_
        for c in t.__mro__:
            if '__str__' in c.__dict__:
                # (object's, as int's and float's, would show the enum's repr())
                return (t.__repr__ if c in (int, float, complex, object) else c.__str__)(self)

    def __format__(self, spec):
        if not spec and _str_overridden(type(self)):
            return str(self)
        return self._member_type_.__format__(self, spec)


def _str_overridden(cls):
    # True when __str__ comes from the user's classes (an enum or a mixin),
    # not from this module's roots or the data type
    for c in cls.__mro__:
        if '__str__' in c.__dict__:
            return not (c.__dict__.get('_enum_root_', False) or c is cls._member_type_
                        or c is object)
    return False


class IntEnum(int, ReprEnum):
    _enum_root_ = True


class StrEnum(str, ReprEnum):
    _enum_root_ = True

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        text = str(*values)
        member = str.__new__(cls, text)
        member._value_ = text
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class Flag(Enum):
    _enum_root_ = True

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        high = max(last_values)
        try:
            return 1 << high.bit_length()
        except AttributeError:
            raise TypeError('invalid flag value %r' % (high,)) from None

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            return None
        mask = cls._flag_mask_
        width = mask.bit_length()
        every = (1 << width) - 1
        # Out of range, or bits that no member covers: the class's boundary
        # decides (error, drop the bits, plain int, or keep them).
        if value < ~every or value > every or value & (every ^ mask):
            rule = cls._boundary_
            if rule is STRICT:
                wide = max(width, value.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                                 % (cls, value, _bits_text(value, wide),
                                    _bits_text(mask, wide)))
            if rule is CONFORM:
                value &= mask
            elif rule is EJECT:
                return value
            elif rule is KEEP:
                if value < 0:
                    value += max(every + 1, 1 << value.bit_length())
            else:
                raise ValueError('%r unknown flag boundary %r' % (cls, rule))
        if value < 0:
            value += every + 1
        known = cls._value2member_map_.get(value)
        if known is not None:
            return known
        # A composite (or empty) pseudo-member, made once and cached.
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        members = cls._iter_bits(value)
        got = 0
        for m in members:
            got |= m._value_
        if value != got:
            # multi-bit members name the bits that single-bit ones leave
            for m in cls._member_map_.values():
                v = m._value_
                if v and v & value == v and m not in members:
                    members.append(m)
                    got |= v
        names = [m._name_ for m in members]
        extra = value ^ got
        if extra and names:
            # bits no member covers only show next to member names
            if cls._boundary_ is STRICT:
                raise ValueError('%r: no members with value %r' % (cls, extra))
            names.append(str(extra))
        pseudo._name_ = '|'.join(names) if names else None
        # (setdefault: threads racing to make it all get the first one)
        return cls._value2member_map_.setdefault(value, pseudo)

    @classmethod
    def _iter_bits(cls, value):
        # the single-bit members inside value, in definition order
        out = []
        for name in cls._member_names_:
            m = cls._member_map_[name]
            v = m._value_
            if v and v & (v - 1) == 0 and v & value == v:
                out.append(m)
        return out

    def __iter__(self):
        return iter(type(self)._iter_bits(self._value_))

    def __len__(self):
        # the bits set, as CPython 3.11 (a multi-bit member counts each bit)
        return self._value_.bit_count()

    def __bool__(self):
        return bool(self._value_)

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(other).__qualname__, type(self).__qualname__))
        return other._value_ & self._value_ == other._value_

    def _operand_bits(self, other):
        # The other operand's bits for |, & and ^: a member of this class,
        # or a plain int when the flag is int-based; None otherwise.
        if isinstance(other, type(self)):
            return other._value_
        if issubclass(type(self), int) and isinstance(other, int):
            return other
        return None

    def __or__(self, other):
        bits = self._operand_bits(other)
        return NotImplemented if bits is None else type(self)(self._value_ | bits)

    def __and__(self, other):
        bits = self._operand_bits(other)
        return NotImplemented if bits is None else type(self)(self._value_ & bits)

    def __xor__(self, other):
        bits = self._operand_bits(other)
        return NotImplemented if bits is None else type(self)(self._value_ ^ bits)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        cls = type(self)
        if cls._boundary_ in (EJECT, KEEP):
            return cls(~self._value_)
        singles = 0
        for m in cls._member_map_.values():
            v = m._value_
            if v > 0 and v & (v - 1) == 0:
                singles |= v
        return cls(singles & ~self._value_)

    def __repr__(self):
        cls_name = type(self).__name__
        rep = self._member_type_.__repr__ if self._member_type_ is not object else repr
        if self._name_ is None:
            return '<%s: %s>' % (cls_name, rep(self._value_))
        return '<%s.%s: %s>' % (cls_name, self._name_, rep(self._value_))

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (type(self).__name__, self._value_)
        return '%s.%s' % (type(self).__name__, self._name_)

    def __hash__(self):
        return hash(self._value_)


class IntFlag(int, ReprEnum, Flag):
    _enum_root_ = True

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, spec):
        if not spec and _str_overridden(type(self)):
            return str(self)
        return int.__format__(self, spec)

    def __hash__(self):
        return int.__hash__(self)


class FlagBoundary(StrEnum):
    # what a Flag does with a value that has bits no member covers
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary
Flag._boundary_ = STRICT
IntFlag._boundary_ = KEEP


def _bits_text(value, width):
    # sign digit, a space, then `width` two's-complement digits
    if value < 0:
        return '0b1 ' + format((1 << width) + value, 'b').zfill(width)
    return '0b0 ' + format(value, 'b').zfill(width)


def _iter_bits_lsb(num):
    # the set bits of num as powers of two, lowest first
    if num < 0:
        raise ValueError('%r is not a positive integer' % num)
    while num:
        b = num & -num
        yield b
        num ^= b


def show_flag_values(value):
    return list(_iter_bits_lsb(value))


def _simple_enum(etype=Enum, *, boundary=None, use_args=None):
    # CPython's helper for its own modules: a plain class as an enum of etype
    def convert(cls):
        meta = type(etype)
        body = meta.__prepare__(cls.__name__, (etype,))
        for k, v in cls.__dict__.items():
            if k not in ('__dict__', '__weakref__'):
                body[k] = v
        kw = {} if boundary is None else {'boundary': boundary}
        return meta(cls.__name__, (etype,), body, **kw)
    return convert


def _test_simple_enum(checked, simple):
    # its check: the two enums have the same members, names and values
    a, b = ([(k, m._value_) for k, m in e.__members__.items()]
            for e in (checked, simple))
    if a != b:
        raise TypeError('enum mismatch:\n  %r\n  %r' % (a, b))


def unique(enumeration, _what='duplicate values'):
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member._name_:
            duplicates.append((name, member._name_))
    if duplicates:
        raise ValueError('%s found in %r: %s' % (
            _what, enumeration, ', '.join(['%s -> %s' % pair for pair in duplicates])))
    return enumeration


class EnumCheck(StrEnum):
    # what verify() checks
    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


def verify(*checks):
    def check(cls):
        items = cls.__members__.items()
        flag = issubclass(cls, Flag)
        for c in checks:
            if c is UNIQUE:
                unique(cls, 'aliases')
            elif c is CONTINUOUS:
                vals = set([m._value_ for m in cls])
                if len(vals) > 1:
                    lo, hi = min(vals), max(vals)
                    want = [1 << i for i in range(lo.bit_length() - 1, hi.bit_length())] \
                        if flag else range(lo, hi + 1)
                    miss = [str(v) for v in want if v not in vals]
                    if miss:
                        raise ValueError('invalid %s %r: missing values %s' % (
                            'flag' if flag else 'enum', cls.__name__, ', '.join(miss)))
            elif c is NAMED_FLAGS:
                # each bit of an alias (of any int enum) must be a member's value
                vals = [m._value_ for m in cls]
                bad = []
                miss = 0
                for n, m in items:
                    v = m._value_
                    if n in cls._member_names_ or not isinstance(v, int) or v < 0:
                        continue
                    lost = 0
                    b = 1
                    while b <= v:
                        if v & b and b not in vals:
                            lost |= b
                        b <<= 1
                    if lost:
                        bad.append(n)
                        miss |= lost
                if bad:
                    raise ValueError('invalid Flag %r: %s %s [use enum.show_flag_values(value) for details]' % (
                        cls.__name__, 'alias %s is missing' % bad[0] if len(bad) == 1 else
                        'aliases %s and %s are missing' % (', '.join(bad[:-1]), bad[-1]),
                        'value 0x%x' % miss if miss & (miss - 1) == 0 else 'combined values of 0x%x' % miss))
        return cls
    return check


def _global_repr(self):
    # module.NAME (module.A|module.B for a composite flag)
    module = type(self).__module__.rpartition('.')[2]
    name = self._name_
    if name is None:
        return '%s.%s(%r)' % (module, type(self).__name__, self._value_)
    return '|'.join([n if n[0].isdigit() else '%s.%s' % (module, n) for n in name.split('|')])


def _global_str(self):
    return '%s(%r)' % (type(self).__name__, self._value_) if self._name_ is None else self._name_


def global_enum(cls, update_str=False):
    # members become globals of the enum's module, and show as such
    cls.__repr__ = _global_repr
    if update_str or not issubclass(cls, ReprEnum):
        cls.__str__ = _global_str
    __import__('sys').modules[cls.__module__].__dict__.update(cls.__members__)
    return cls

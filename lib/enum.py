# enum: enumerations (a small rewrite of the documented behaviour of
# CPython 3.11's module): Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique.
# Members are the class body's plain attributes, in definition order.

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
           'ReprEnum', 'auto', 'unique', 'verify']


class auto:
    _counter = 0

    def __init__(self, value=None):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


def _dunder_name(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _sunder_name(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _binds_like_descriptor(obj):
    t = type(obj)
    # Functions here do not show a __get__ attribute: name them explicitly.
    return t in _DESCRIPTOR_TYPES or hasattr(t, '__get__') or hasattr(t, '__set__') \
        or hasattr(t, '__delete__')


_DESCRIPTOR_TYPES = (type(_dunder_name), classmethod, staticmethod, property)


def _data_type(bases):
    for base in bases:
        for c in base.__mro__:
            if c is object or isinstance(c, EnumType):
                continue
            return c
    return object


class EnumType(type):
    def __new__(mcls, cls, bases, classdict, *, boundary=None, **kwds):
        ignore = classdict.get('_ignore_', ())
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        members = []
        body = {}
        for key, value in classdict.items():
            if key in ignore or key == '_ignore_':
                continue
            if _dunder_name(key) or _sunder_name(key) or _binds_like_descriptor(value) or \
                    key.startswith('_%s__' % cls):
                body[key] = value
            else:
                members.append((key, value))
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
        custom_new = None
        init = None
        for c in enum_class.__mro__:
            if '__new__' in c.__dict__ and custom_new is None and isinstance(c, EnumType):
                custom_new = c.__dict__['__new__']
                if isinstance(custom_new, staticmethod):
                    custom_new = custom_new.__func__
            if '__init__' in c.__dict__ and init is None and isinstance(c, EnumType):
                init = c.__dict__['__init__']
        # The mixed-in data type comes first in the MRO (class IntEnum(int,
        # ReprEnum)), but these methods must be the enum's.
        for name in _ENUM_METHODS:
            if name not in body and member_type is not object:
                for c in enum_class.__mro__:
                    if isinstance(c, EnumType) and name in c.__dict__:
                        if c is not enum_class:
                            type.__setattr__(enum_class, name, c.__dict__[name])
                        break
        last_values = []
        for name, value in members:
            if isinstance(value, auto):
                if value.value is None:
                    value.value = enum_class._generate_next_value_(
                        name, 1, len(last_values), last_values[:])
                value = value.value
            last_values.append(value)
            args = value if isinstance(value, tuple) else (value,)
            if member_type is tuple:
                args = (args,)
            if custom_new is not None:
                member = custom_new(enum_class, *args)
            elif member_type is object:
                member = object.__new__(enum_class)
            else:
                member = member_type.__new__(enum_class, *args)
            if not hasattr(member, '_value_'):
                member._value_ = value if member_type is object else member_type(*args)
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
                enum_class._member_names_.append(name)
                try:
                    enum_class._value2member_map_.setdefault(value, member)
                except TypeError:
                    enum_class._unhashable_values_.append(member)
            enum_class._member_map_[name] = member
            type.__setattr__(enum_class, name, member)
        if Flag is not None and issubclass(enum_class, Flag):
            bits = 0
            for m in enum_class._member_map_.values():
                bits |= m._value_
            enum_class._flag_mask_ = bits
        return enum_class

    def __init__(cls, *args, **kwds):
        pass

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls._lookup(value)
        return cls._create(value, names, module=module, qualname=qualname, type=type, start=start)

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
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is not None:
            raise TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                            % (cls.__name__, result))
        raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))

    def _create(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        bases = (cls,) if type is None else (type, cls)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        names = list(names.items()) if isinstance(names, dict) else list(names)
        body = {'__module__': module or '__main__', '__qualname__': qualname or class_name}
        last = []
        for i, item in enumerate(names):
            if isinstance(item, str):
                value = cls._generate_next_value_(item, start, i, last[:])
                item = (item, value)
            body[item[0]] = item[1]
            last.append(item[1])
        return EnumType.__new__(EnumType, class_name, bases, body)

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
        return dict(cls._member_map_)

    def __repr__(cls):
        kind = 'flag' if Flag is not None and issubclass(cls, Flag) else 'enum'
        return '<%s %r>' % (kind, cls.__name__)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('cannot reassign member %r' % name)
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('cannot delete member %r' % name)
        super().__delattr__(name)


EnumMeta = EnumType
Flag = None
_ENUM_METHODS = ('__repr__', '__str__', '__format__', '__reduce_ex__', '__or__', '__and__',
                 '__xor__', '__ror__', '__rand__', '__rxor__', '__invert__', '__contains__',
                 '__iter__', '__len__', '__bool__')


class Enum(metaclass=EnumType):
    _enum_root_ = True

    @classmethod
    def _missing_(cls, value):
        return None

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        # one more than the latest value that supports "+ 1"
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

    def __dir__(self):
        return ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']


class ReprEnum(Enum):
    # str() and format() are those of the mixed-in type; only repr() changes.
    _enum_root_ = True

    def __str__(self):
        return self._member_type_.__str__(self)

    def __format__(self, spec):
        return self._member_type_.__format__(self, spec)


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
        return 1 << high.bit_length() if high > 0 else 1

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            return None
        mask = cls._flag_mask_
        if value < 0:
            value = mask + value + 1 if -value <= mask + 1 else value
        if value & ~mask and not issubclass(cls, int):
            return None
        # A composite (or empty) pseudo-member, made once and cached.
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        names = [m._name_ for m in cls._iter_bits(value)]
        extra = value & ~mask
        if extra:
            names.append(str(extra))
        pseudo._name_ = '|'.join(names) if names else None
        cls._value2member_map_[value] = pseudo
        return pseudo

    @classmethod
    def _iter_bits(cls, value):
        out = []
        for name in cls._member_names_:
            m = cls._member_map_[name]
            v = m._value_
            if v and v & (v - 1) == 0 and v & value == v:
                out.append(m)
        out.sort(key=lambda m: m._value_)
        return out

    def __iter__(self):
        return iter(type(self)._iter_bits(self._value_))

    def __len__(self):
        return len(type(self)._iter_bits(self._value_))

    def __bool__(self):
        return bool(self._value_)

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(other).__qualname__, type(self).__qualname__))
        return other._value_ & self._value_ == other._value_

    def __or__(self, other):
        cls = type(self)
        if isinstance(other, cls):
            other = other._value_
        elif not (issubclass(cls, int) and isinstance(other, int)):
            return NotImplemented
        return cls(self._value_ | other)

    def __and__(self, other):
        cls = type(self)
        if isinstance(other, cls):
            other = other._value_
        elif not (issubclass(cls, int) and isinstance(other, int)):
            return NotImplemented
        return cls(self._value_ & other)

    def __xor__(self, other):
        cls = type(self)
        if isinstance(other, cls):
            other = other._value_
        elif not (issubclass(cls, int) and isinstance(other, int)):
            return NotImplemented
        return cls(self._value_ ^ other)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        cls = type(self)
        return cls(cls._flag_mask_ & ~self._value_)

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
        return int.__format__(self, spec)

    def __hash__(self):
        return int.__hash__(self)


def unique(enumeration):
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member._name_:
            duplicates.append((name, member._name_))
    if duplicates:
        raise ValueError('duplicate values found in %r: %s' % (
            enumeration, ', '.join(['%s -> %s' % pair for pair in duplicates])))
    return enumeration


def verify(*checks):
    return lambda enumeration: enumeration


def global_enum(cls):
    return cls

# UserDict, UserList and UserString: plain-Python wrappers that keep the real
# container in the attribute `data`, meant to be subclassed; and ChainMap, a
# view of several mappings searched in turn. The collections module (written
# in C) re-exports these names through its module __getattr__.

from collections.abc import Mapping, MutableMapping, MutableSequence, Sequence

__all__ = ['UserDict', 'UserList', 'UserString', 'ChainMap']


def _raw(obj, kind):
    # the wrapped container when obj is one of our wrappers of that kind
    return obj.data if isinstance(obj, kind) else obj


class UserDict(MutableMapping):
    __module__ = 'collections'

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        data = self.data
        if key in data:
            return data[key]
        # a subclass may supply defaults, like dict subclasses do
        fallback = getattr(type(self), '__missing__', None)
        if fallback is not None:
            return fallback(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, (UserDict, dict)):
            return self.__class__(self.data | _raw(other, UserDict))
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, (UserDict, dict)):
            return self.__class__(_raw(other, UserDict) | self.data)
        return NotImplemented

    def __ior__(self, other):
        self.data |= _raw(other, UserDict)
        return self

    def __copy__(self):
        twin = self.__class__.__new__(self.__class__)
        twin.__dict__.update(self.__dict__)
        twin.data = self.data.copy()
        return twin

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        return self.__copy__()

    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        for key in iterable:
            made[key] = value
        return made


class UserList(MutableSequence):
    __module__ = 'collections'

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if type(initlist) is list:
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def __lt__(self, other):
        return self.data < _raw(other, UserList)

    def __le__(self, other):
        return self.data <= _raw(other, UserList)

    def __eq__(self, other):
        return self.data == _raw(other, UserList)

    def __gt__(self, other):
        return self.data > _raw(other, UserList)

    def __ge__(self, other):
        return self.data >= _raw(other, UserList)

    __hash__ = None

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        if isinstance(other, UserList):
            return self.__class__(self.data + other.data)
        if isinstance(other, list):
            return self.__class__(self.data + other)
        return self.__class__(self.data + list(other))

    def __radd__(self, other):
        if isinstance(other, UserList):
            return self.__class__(other.data + self.data)
        if isinstance(other, list):
            return self.__class__(other + self.data)
        return self.__class__(list(other) + self.data)

    def __iadd__(self, other):
        if isinstance(other, UserList):
            self.data += other.data
        elif isinstance(other, list):
            self.data += other
        else:
            self.data += list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        twin = self.__class__.__new__(self.__class__)
        twin.__dict__.update(self.__dict__)
        twin.data = self.data[:]
        return twin

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        self.data.extend(_raw(other, UserList))


class UserString(Sequence):
    __module__ = 'collections'

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __complex__(self):
        return complex(self.data)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def __eq__(self, other):
        return self.data == _raw(other, UserString)

    def __lt__(self, other):
        return self.data < _raw(other, UserString)

    def __le__(self, other):
        return self.data <= _raw(other, UserString)

    def __gt__(self, other):
        return self.data > _raw(other, UserString)

    def __ge__(self, other):
        return self.data >= _raw(other, UserString)

    def __contains__(self, char):
        return _raw(char, UserString) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            return self.__class__(self.data + other.data)
        if isinstance(other, str):
            return self.__class__(self.data + other)
        return self.__class__(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return self.__class__(other + self.data)
        return self.__class__(str(other) + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def __rmod__(self, template):
        return self.__class__(str(template) % self)

    def encode(self, encoding='utf-8', errors='strict'):
        return self.data.encode(encoding or 'utf-8', errors or 'strict')

    def format(self, /, *args, **kwds):
        return self.data.format(*args, **kwds)

    def format_map(self, mapping):
        return self.data.format_map(mapping)

    def join(self, seq):
        return self.data.join(seq)

    maketrans = str.maketrans


def _str_method(name, wrap):
    # Forwards UserString.<name> to the str method of the same name; wrapper
    # arguments are unwrapped, and a str result is wrapped again in the
    # caller's class when `wrap` is set.
    target = getattr(str, name)

    def method(self, *args, **kw):
        args = [_raw(a, UserString) for a in args]
        result = target(self.data, *args, **kw)
        return self.__class__(result) if wrap else result
    method.__name__ = name
    return method


for _name in ('capitalize casefold center expandtabs ljust lower lstrip '
              'removeprefix removesuffix replace rjust rstrip strip swapcase '
              'title translate upper zfill').split():
    if hasattr(str, _name):
        setattr(UserString, _name, _str_method(_name, True))
for _name in ('count endswith find index isalpha isalnum isascii isdecimal '
              'isdigit isidentifier islower isnumeric isprintable isspace '
              'istitle isupper partition rfind rindex rpartition split rsplit '
              'splitlines startswith').split():
    if hasattr(str, _name):
        setattr(UserString, _name, _str_method(_name, False))
del _name


class ChainMap(MutableMapping):
    # Lookups walk self.maps front to back; every change goes to maps[0].
    __module__ = 'collections'

    def __init__(self, *maps):
        self.maps = list(maps) if maps else [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for layer in self.maps:
            if key in layer:
                return layer[key]
        return self.__missing__(key)

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def _merged_keys(self):
        # one key each, the deepest mapping's order first, as CPython lists them
        seen = {}
        for layer in self.maps[::-1]:
            for key in layer:
                seen[key] = None
        return seen

    def __len__(self):
        return len(self._merged_keys())

    def __iter__(self):
        return iter(self._merged_keys())

    def __contains__(self, key):
        for layer in self.maps:
            if key in layer:
                return True
        return False

    def __bool__(self):
        for layer in self.maps:
            if layer:
                return True
        return False

    _in_repr = set()

    def __repr__(self):
        mark = id(self)
        if mark in ChainMap._in_repr:
            return '...'
        ChainMap._in_repr.add(mark)
        try:
            inner = ', '.join([repr(layer) for layer in self.maps])
        finally:
            ChainMap._in_repr.discard(mark)
        return type(self).__name__ + '(' + inner + ')'

    @classmethod
    def fromkeys(cls, iterable, *value):
        return cls(dict.fromkeys(iterable, *value))

    def copy(self):
        rest = self.maps[1:]
        return self.__class__(self.maps[0].copy(), *rest)

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        front = self.maps[0]
        if key not in front:
            raise KeyError('Key not found in the first mapping: ' + repr(key))
        del front[key]

    def popitem(self):
        front = self.maps[0]
        if not front:
            raise KeyError('No keys found in the first mapping.')
        return front.popitem()

    def pop(self, key, *default):
        front = self.maps[0]
        if key in front or not default:
            if key not in front:
                raise KeyError('Key not found in the first mapping: ' + repr(key))
            return front.pop(key)
        return default[0]

    def clear(self):
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        joined = self.copy()
        joined.maps[0].update(other)
        return joined

    def __ror__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        flat = dict(other)
        for layer in self.maps[::-1]:
            flat.update(layer)
        return self.__class__(flat)

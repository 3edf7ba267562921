# pprint: pretty-printing of nested containers, written for this
# interpreter to give the same text as CPython 3.11's module.
#
# How it works: every object is first tried as its one-line repr (built by
# format(), which also notes whether the text could be eval'ed back and
# whether it hit a reference cycle). Only when that line is too wide for
# the room left, and the type has a layout routine below, is the object
# broken over several lines; the routine lays out its children the same way.
# "room" is width - indent - allowance, where allowance counts the closing
# characters that must still fit after the object on its last line.

import sys as _sys

__all__ = ['pprint', 'pformat', 'isreadable', 'isrecursive', 'saferepr',
           'PrettyPrinter', 'pp']


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth,
                  compact=compact, sort_dicts=sort_dicts,
                  underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False,
            sort_dicts=True, underscore_numbers=False):
    return PrettyPrinter(indent=indent, width=width, depth=depth,
                         compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers
                         ).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    return PrettyPrinter()._one_line(object, {}, None, 0)[0]


def isreadable(object):
    return PrettyPrinter()._one_line(object, {}, None, 0)[1]


def isrecursive(object):
    return PrettyPrinter()._one_line(object, {}, None, 0)[2]


class _Ordered:
    # Sort key that never fails: values that do not compare with each other
    # fall back to ordering by type name, then identity.
    __slots__ = ('value',)

    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        try:
            return self.value < other.value
        except TypeError:
            return ((str(type(self.value)), id(self.value))
                    < (str(type(other.value)), id(other.value)))


def _pair_key(pair):
    return (_Ordered(pair[0]), _Ordered(pair[1]))


def _cycle_text(obj):
    return '<Recursion on %s with id=%s>' % (type(obj).__name__, id(obj))


def _repr_owner(cls):
    # the class in the MRO whose own __repr__ is used
    for k in cls.__mro__:
        if '__repr__' in k.__dict__:
            return k
    return object


def _words(line):
    # Pieces of a line, each a run of non-space followed by the spaces after
    # it; joined, they give the line back.
    pieces = []
    i = 0
    n = len(line)
    while i < n:
        j = i
        while j < n and not line[j].isspace():
            j += 1
        while j < n and line[j].isspace():
            j += 1
        pieces.append(line[i:j])
        i = j
    return pieces


_PLAIN_SCALARS = (str, bytes, bytearray, float, complex, bool, type(None))



def _pack_reprs(chunks, limit, last_cut, empty):
    # Greedily joins consecutive chunks (str words or byte slices) into
    # pieces whose repr fits in limit; the piece holding the last chunk has
    # last_cut less room. Returns the reprs.
    pieces = []
    held = empty
    for pos, chunk in enumerate(chunks):
        trial = held + chunk
        if pos == len(chunks) - 1:
            limit -= last_cut
        if len(repr(trial)) > limit:
            if held:
                pieces.append(repr(held))
            held = chunk
        else:
            held = trial
    if held:
        pieces.append(repr(held))
    return pieces

class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._max_depth = depth
        self._step = indent
        self._cols = width
        self._out_stream = stream if stream is not None else _sys.stdout
        self._pack = bool(compact)
        self._sorted = sort_dicts
        self._groups = underscore_numbers

    # ---- public entry points ---------------------------------------------

    def pprint(self, object):
        if self._out_stream is not None:
            self._out_stream.write(self.pformat(object) + '\n')

    def pformat(self, object):
        out = []
        self._emit(object, out, 0, 0, {}, 0)
        return ''.join(out)

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        text, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        # (repr text, readable, recursive); subclasses may override this to
        # change how single values are shown.
        return self._one_line(object, context, maxlevels, level)

    # ---- one-line form ---------------------------------------------------

    def _line(self, obj, context, level):
        text, readable, recursive = self.format(obj, dict(context),
                                                self._max_depth, level)
        if not readable:
            self._all_readable = False
        if recursive:
            self._saw_cycle = True
        return text

    def _one_line(self, object, context, maxlevels, level):
        cls = type(object)
        if cls in _PLAIN_SCALARS:
            return repr(object), True, False
        owner = _repr_owner(cls)
        if owner is int:
            if self._groups:
                return format(object, '_d'), True, False
            return repr(object), True, False
        if owner is dict:
            if not object:
                return '{}', True, False
            return self._joined_repr(object, context, maxlevels, level,
                                     '{', '}', True)
        if owner is list:
            if not object:
                return '[]', True, False
            return self._joined_repr(object, context, maxlevels, level,
                                     '[', ']', False)
        if owner is tuple:
            if not object:
                return '()', True, False
            close = ',)' if len(object) == 1 else ')'
            return self._joined_repr(object, context, maxlevels, level,
                                     '(', close, False)
        text = repr(object)
        return text, bool(text and not text.startswith('<')), False

    def _joined_repr(self, obj, context, maxlevels, level, open_, close,
                     mapping):
        key = id(obj)
        if maxlevels and level >= maxlevels:
            return open_ + '...' + close, False, key in context
        if key in context:
            return _cycle_text(obj), False, True
        context[key] = 1
        readable = True
        recursive = False
        parts = []
        level += 1
        if mapping:
            pairs = obj.items()
            if self._sorted:
                pairs = sorted(pairs, key=_pair_key)
            for k, v in pairs:
                ktext, kread, krec = self.format(k, context, maxlevels, level)
                vtext, vread, vrec = self.format(v, context, maxlevels, level)
                parts.append(ktext + ': ' + vtext)
                readable = readable and kread and vread
                recursive = recursive or krec or vrec
        else:
            for item in obj:
                text, read, rec = self.format(item, context, maxlevels, level)
                parts.append(text)
                readable = readable and read
                recursive = recursive or rec
        del context[key]
        return open_ + ', '.join(parts) + close, readable, recursive

    # ---- multi-line layout -----------------------------------------------

    def _emit(self, obj, out, indent, allowance, context, level):
        key = id(obj)
        if key in context:
            out.append(_cycle_text(obj))
            self._saw_cycle = True
            self._all_readable = False
            return
        text = self._line(obj, context, level)
        if len(text) > self._cols - indent - allowance:
            layout = self._layout_for(obj)
            if layout is not None:
                context[key] = 1
                layout(self, obj, out, indent, allowance, context, level + 1)
                del context[key]
                return
        out.append(text)

    def _layout_for(self, obj):
        cls = type(obj)
        owner = _repr_owner(cls)
        name = _LAYOUTS.get(owner)
        if name is not None:
            return getattr(PrettyPrinter, name)
        if not isinstance(obj, type) and _is_generated_dataclass_repr(obj):
            return PrettyPrinter._lay_dataclass
        return None

    def _items_block(self, items, out, indent, allowance, context, level):
        # Sequence items, one per line, or packed several to a line when
        # compact is set and they fit.
        step = self._step
        indent += step
        if step > 1:
            out.append(' ' * (step - 1))
        newline = ',\n' + ' ' * indent
        room = full = self._cols - indent + 1
        sep = ''
        it = iter(items)
        try:
            upcoming = next(it)
        except StopIteration:
            return
        done = False
        while not done:
            item = upcoming
            try:
                upcoming = next(it)
            except StopIteration:
                done = True
                full -= allowance
                room -= allowance
            if self._pack:
                text = self._line(item, context, level)
                need = len(text) + 2
                if room < need:
                    room = full
                    if sep:
                        sep = newline
                if room >= need:
                    room -= need
                    out.append(sep)
                    sep = ', '
                    out.append(text)
                    continue
            out.append(sep)
            sep = newline
            self._emit(item, out, indent, allowance if done else 1, context,
                       level)

    def _pairs_block(self, pairs, out, indent, allowance, context, level):
        indent += self._step
        newline = ',\n' + ' ' * indent
        last = len(pairs) - 1
        for pos, (k, v) in enumerate(pairs):
            ktext = self._line(k, context, level)
            out.append(ktext)
            out.append(': ')
            self._emit(v, out, indent + len(ktext) + 2,
                       allowance if pos == last else 1, context, level)
            if pos != last:
                out.append(newline)

    def _named_block(self, pairs, out, indent, allowance, context, level):
        # name=value lines of namespaces and dataclasses
        newline = ',\n' + ' ' * indent
        last = len(pairs) - 1
        for pos, (name, value) in enumerate(pairs):
            out.append(name)
            out.append('=')
            if id(value) in context:
                out.append('...')
            else:
                self._emit(value, out, indent + len(name) + 1,
                           allowance if pos == last else 1, context, level)
            if pos != last:
                out.append(newline)

    def _lay_dict(self, obj, out, indent, allowance, context, level):
        out.append('{')
        if self._step > 1:
            out.append(' ' * (self._step - 1))
        if len(obj):
            pairs = list(obj.items())
            if self._sorted:
                pairs = sorted(pairs, key=_pair_key)
            self._pairs_block(pairs, out, indent, allowance + 1, context,
                              level)
        out.append('}')

    def _lay_ordered_dict(self, obj, out, indent, allowance, context, level):
        if not len(obj):
            out.append(repr(obj))
            return
        name = type(obj).__name__
        out.append(name + '(')
        self._emit(list(obj.items()), out, indent + len(name) + 1,
                   allowance + 1, context, level)
        out.append(')')

    def _lay_list(self, obj, out, indent, allowance, context, level):
        out.append('[')
        self._items_block(obj, out, indent, allowance + 1, context, level)
        out.append(']')

    def _lay_tuple(self, obj, out, indent, allowance, context, level):
        close = ',)' if len(obj) == 1 else ')'
        out.append('(')
        self._items_block(obj, out, indent, allowance + len(close), context,
                          level)
        out.append(close)

    def _lay_set(self, obj, out, indent, allowance, context, level):
        if not len(obj):
            out.append(repr(obj))
            return
        cls = type(obj)
        if cls is set:
            out.append('{')
            close = '}'
        else:
            out.append(cls.__name__ + '({')
            close = '})'
            indent += len(cls.__name__) + 1
        ordered = sorted(obj, key=_Ordered)
        self._items_block(ordered, out, indent, allowance + len(close),
                          context, level)
        out.append(close)

    def _lay_str(self, obj, out, indent, allowance, context, level):
        if not len(obj):
            out.append(repr(obj))
            return
        if level == 1:
            # at top level the pieces are wrapped in parentheses
            indent += 1
            allowance += 1
        room = self._cols - indent
        pieces = []
        lines = obj.splitlines(True)
        for pos, line in enumerate(lines):
            text = repr(line)
            final_line = pos == len(lines) - 1
            if len(text) <= (room - allowance if final_line else room):
                pieces.append(text)
                continue
            pieces.extend(_pack_reprs(_words(line), room,
                                      allowance if final_line else 0, ''))
        if len(pieces) == 1:
            out.append(text)
            return
        if level == 1:
            out.append('(')
        out.append(('\n' + ' ' * indent).join(pieces))
        if level == 1:
            out.append(')')

    def _lay_bytes(self, obj, out, indent, allowance, context, level):
        if len(obj) <= 4:
            out.append(repr(obj))
            return
        top = level == 1
        if top:
            indent += 1
            allowance += 1
            out.append('(')
        # 4-byte slices are packed into lines of at most width - indent
        # (the allowance applies only to a short final slice, as in CPython)
        parts = [obj[start:start + 4] for start in range(0, len(obj), 4)]
        pieces = _pack_reprs(parts, self._cols - indent,
                             allowance if len(obj) % 4 else 0, b'')
        out.append(('\n' + ' ' * indent).join(pieces))
        if top:
            out.append(')')

    def _lay_bytearray(self, obj, out, indent, allowance, context, level):
        out.append('bytearray(')
        self._lay_bytes(bytes(obj), out, indent + 10, allowance + 1, context,
                        level + 1)
        out.append(')')

    def _lay_mappingproxy(self, obj, out, indent, allowance, context, level):
        out.append('mappingproxy(')
        self._emit(obj.copy(), out, indent + 13, allowance + 1, context,
                   level)
        out.append(')')

    def _lay_namespace(self, obj, out, indent, allowance, context, level):
        import types
        if type(obj) is types.SimpleNamespace:
            name = 'namespace'
        else:
            name = type(obj).__name__
        out.append(name + '(')
        self._named_block(list(obj.__dict__.items()), out,
                          indent + len(name) + 1, allowance, context, level)
        out.append(')')

    def _lay_dataclass(self, obj, out, indent, allowance, context, level):
        import dataclasses
        name = type(obj).__name__
        pairs = [(f.name, getattr(obj, f.name))
                 for f in dataclasses.fields(obj) if f.repr]
        out.append(name + '(')
        self._named_block(pairs, out, indent + len(name) + 1, allowance,
                          context, level)
        out.append(')')

    def _lay_default_dict(self, obj, out, indent, allowance, context, level):
        if not len(obj):
            out.append(repr(obj))
            return
        factory = self._line(obj.default_factory, context, level)
        name = type(obj).__name__
        indent += len(name) + 1
        out.append('%s(%s,\n%s' % (name, factory, ' ' * indent))
        self._lay_dict(obj, out, indent, allowance + 1, context, level)
        out.append(')')

    def _lay_counter(self, obj, out, indent, allowance, context, level):
        if not len(obj):
            out.append(repr(obj))
            return
        name = type(obj).__name__
        out.append(name + '({')
        if self._step > 1:
            out.append(' ' * (self._step - 1))
        self._pairs_block(obj.most_common(), out, indent + len(name) + 1,
                          allowance + 2, context, level)
        out.append('})')

    def _lay_chain_map(self, obj, out, indent, allowance, context, level):
        maps = obj.maps
        if not len(maps):
            out.append(repr(obj))
            return
        name = type(obj).__name__
        out.append(name + '(')
        indent += len(name) + 1
        for pos, m in enumerate(maps):
            if pos == len(maps) - 1:
                self._emit(m, out, indent, allowance + 1, context, level)
                out.append(')')
            else:
                self._emit(m, out, indent, 1, context, level)
                out.append(',\n' + ' ' * indent)

    def _lay_deque(self, obj, out, indent, allowance, context, level):
        if not len(obj):
            out.append(repr(obj))
            return
        name = type(obj).__name__
        out.append(name + '([')
        indent += len(name) + 1
        if obj.maxlen is None:
            self._items_block(obj, out, indent, allowance + 2, context, level)
            out.append('])')
        else:
            self._items_block(obj, out, indent, 2, context, level)
            limit = self._line(obj.maxlen, context, level)
            out.append('],\n%smaxlen=%s)' % (' ' * indent, limit))

    def _lay_user_wrapper(self, obj, out, indent, allowance, context, level):
        # UserDict, UserList, UserString: shown as the wrapped data
        self._emit(obj.data, out, indent, allowance, context, level - 1)


def _is_generated_dataclass_repr(obj):
    params = getattr(type(obj), '__dataclass_params__', None)
    if params is None or not params.repr:
        return False
    method = getattr(type(obj), '__repr__', None)
    # CPython wraps the generated method (its __wrapped__ comes from
    # dataclasses' code generator); ours is defined inside dataclasses.
    inner = getattr(method, '__wrapped__', None)
    if inner is not None:
        return '__create_fn__' in getattr(inner, '__qualname__', '')
    return getattr(method, '__module__', None) == 'dataclasses'


# Layout routine for each class whose own __repr__ an object uses.
_LAYOUTS = {dict: '_lay_dict', list: '_lay_list', tuple: '_lay_tuple',
            set: '_lay_set', frozenset: '_lay_set', str: '_lay_str',
            bytes: '_lay_bytes', bytearray: '_lay_bytearray'}


def _register_library_types():
    try:
        import types
        _LAYOUTS[types.MappingProxyType] = '_lay_mappingproxy'
        _LAYOUTS[types.SimpleNamespace] = '_lay_namespace'
    except (ImportError, AttributeError):
        pass
    try:
        import collections
    except ImportError:
        return
    for cname, method in (('OrderedDict', '_lay_ordered_dict'),
                          ('defaultdict', '_lay_default_dict'),
                          ('Counter', '_lay_counter'),
                          ('ChainMap', '_lay_chain_map'),
                          ('deque', '_lay_deque'),
                          ('UserDict', '_lay_user_wrapper'),
                          ('UserList', '_lay_user_wrapper'),
                          ('UserString', '_lay_user_wrapper')):
        cls = getattr(collections, cname, None)
        if cls is not None:
            _LAYOUTS[_repr_owner(cls)] = method


_register_library_types()

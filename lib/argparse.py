# argparse: command line parsing for scripts (ArgumentParser and friends),
# written for this interpreter. Observable behaviour (help layout, usage
# lines, error messages, Namespace repr) follows CPython 3.11.
#
# How parsing works here: every command line word is classified as an
# option ('O'), a plain argument ('A') or the '--' marker ('-'). The string of
# these codes is matched with small regular expressions, one per action,
# built from each action's nargs; runs of 'A' between options are handed to
# the positional actions greedily, and each option takes what its nargs
# allows from the words that follow it.
import os as _os
import re as _re
import sys as _sys

__all__ = ['ArgumentParser', 'ArgumentError', 'ArgumentTypeError',
           'BooleanOptionalAction', 'FileType', 'HelpFormatter',
           'ArgumentDefaultsHelpFormatter', 'RawDescriptionHelpFormatter',
           'RawTextHelpFormatter', 'MetavarTypeHelpFormatter', 'Namespace',
           'Action', 'ONE_OR_MORE', 'OPTIONAL', 'PARSER', 'REMAINDER',
           'SUPPRESS', 'ZERO_OR_MORE']

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'

# only ASCII whitespace is squeezed: a no-break space must stay a non-break
_ASCII_SPACES = _re.compile(r'[ \t\n\r\x0b\x0c]+')
_NEG_NUMBER = _re.compile(r'^-\d+$|^-\d*\.\d+$')


# ---------------------------------------------------------------- Namespace

def _attr_repr(obj, positional, named):
    shown = [repr(v) for v in positional]
    odd = {}
    for key, value in named:
        if key.isidentifier():
            shown.append('%s=%r' % (key, value))
        else:
            odd[key] = value
    if odd:
        shown.append('**%s' % repr(odd))
    return '%s(%s)' % (type(obj).__name__, ', '.join(shown))


class Namespace(object):
    def __init__(self, **kwargs):
        for key in kwargs:
            setattr(self, key, kwargs[key])

    def __repr__(self):
        return _attr_repr(self, (), list(self.__dict__.items()))

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __ne__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) != vars(other)

    def __contains__(self, key):
        return key in self.__dict__

    __hash__ = None


# ---------------------------------------------------------------- errors

def _action_label(action):
    # How an argument is named in error messages.
    if action is None:
        return None
    if action.option_strings:
        return '/'.join(action.option_strings)
    if action.metavar not in (None, SUPPRESS):
        return action.metavar
    if action.dest not in (None, SUPPRESS):
        return action.dest
    if action.choices:
        return '{' + ','.join(action.choices) + '}'
    return None


class ArgumentError(Exception):
    def __init__(self, argument, message):
        Exception.__init__(self, argument, message)
        self.argument_name = _action_label(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return '%s' % self.message
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    pass


# ---------------------------------------------------------------- actions

_ACTION_FIELDS = ('option_strings', 'dest', 'nargs', 'const', 'default', 'type',
                  'choices', 'required', 'help', 'metavar')


class Action(object):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    def __repr__(self):
        return _attr_repr(self, (), [(k, getattr(self, k)) for k in _ACTION_FIELDS])

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


def _copied_list(value):
    if value is None:
        return []
    if type(value) is list:
        return value[:]
    import copy
    return copy.copy(value)


class _TakesValues(Action):
    # An action that consumes command-line values (store, append): nargs=0
    # is refused with the subclass's _no_values message.
    _no_values = None

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None):
        if nargs == 0:
            raise ValueError(self._no_values)
        if const is not None and nargs != OPTIONAL:
            raise ValueError('nargs must be %r to supply const' % OPTIONAL)
        Action.__init__(self, option_strings, dest, nargs, const, default, type,
                        choices, required, help, metavar)


class _Store(_TakesValues):
    _no_values = ('nargs for store actions must be != 0; if you have '
                  'nothing to store, actions such as store true or store '
                  'const may be more appropriate')

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConst(Action):
    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None):
        Action.__init__(self, option_strings, dest, 0, const, default,
                        required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrue(_StoreConst):
    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        _StoreConst.__init__(self, option_strings, dest, True, default, required, help)


class _StoreFalse(_StoreConst):
    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        _StoreConst.__init__(self, option_strings, dest, False, default, required, help)


class _Append(_TakesValues):
    _no_values = ('nargs for append actions must be != 0; if arg '
                  'strings are not supplying the value to append, '
                  'the append const action may be more appropriate')

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copied_list(getattr(namespace, self.dest, None))
        items.append(values)
        setattr(namespace, self.dest, items)


class _AppendConst(Action):
    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None):
        Action.__init__(self, option_strings, dest, 0, const, default,
                        required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copied_list(getattr(namespace, self.dest, None))
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _Count(Action):
    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        Action.__init__(self, option_strings, dest, 0, default=default,
                        required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        now = getattr(namespace, self.dest, None)
        setattr(namespace, self.dest, (now or 0) + 1)


class _Extend(_Append):
    def __call__(self, parser, namespace, values, option_string=None):
        items = _copied_list(getattr(namespace, self.dest, None))
        items.extend(values)
        setattr(namespace, self.dest, items)


class _Help(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        Action.__init__(self, option_strings, dest, 0, default=default, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _Version(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        Action.__init__(self, option_strings, dest, 0, default=default, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        text = self.version
        if text is None:
            text = getattr(parser, 'version', None)
        fmt = parser._new_formatter()
        parser._emit_text(fmt.render_text_only(text), _sys.stdout)
        parser.exit()


class BooleanOptionalAction(Action):
    def __init__(self, option_strings, dest, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        both = []
        for opt in option_strings:
            both.append(opt)
            if opt.startswith('--'):
                both.append('--no-' + opt[2:])
        Action.__init__(self, both, dest, 0, None, default, type, choices,
                        required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith('--no-'))

    def format_usage(self):
        return ' | '.join(self.option_strings)


class _ChoiceHelp(Action):
    # Line shown under a subparsers action for one sub-command.
    def __init__(self, name, aliases, help):
        shown = name
        if aliases:
            shown = '%s (%s)' % (name, ', '.join(aliases))
        Action.__init__(self, [], name, help=help, metavar=shown)


class _SubParsers(Action):
    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS,
                 required=False, help=None, metavar=None):
        self._prog_base = prog
        self._parser_class = parser_class
        self._by_name = {}
        self._listed = []
        Action.__init__(self, option_strings, dest, PARSER, choices=self._by_name,
                        required=required, help=help, metavar=metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get('prog') is None:
            kwargs['prog'] = '%s %s' % (self._prog_base, name)
        aliases = kwargs.pop('aliases', ())
        if name in self._by_name:
            raise ArgumentError(self, 'conflicting subparser: %s' % name)
        for alias in aliases:
            if alias in self._by_name:
                raise ArgumentError(self, 'conflicting subparser alias: %s' % alias)
        if 'help' in kwargs:
            self._listed.append(_ChoiceHelp(name, aliases, kwargs.pop('help')))
        made = self._parser_class(**kwargs)
        self._by_name[name] = made
        for alias in aliases:
            self._by_name[alias] = made
        return made

    def listed_choices(self):
        return self._listed

    def __call__(self, parser, namespace, values, option_string=None):
        name = values[0]
        rest = values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, name)
        sub = self._by_name.get(name)
        if sub is None:
            raise ArgumentError(self, 'unknown parser %r (choices: %s)'
                                % (name, ', '.join(self._by_name)))
        subspace, leftover = sub.parse_known_args(rest, None)
        for key, value in vars(subspace).items():
            setattr(namespace, key, value)
        if leftover:
            parser._pending_extras.extend(leftover)


class FileType(object):
    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._how = mode
        self._buffering = bufsize
        self._text_encoding = encoding
        self._text_errors = errors

    def __call__(self, string):
        if string == '-':
            if 'r' in self._how:
                return _sys.stdin.buffer if 'b' in self._how else _sys.stdin
            if any(c in self._how for c in 'wax'):
                return _sys.stdout.buffer if 'b' in self._how else _sys.stdout
            raise ValueError('argument "-" with mode %r' % self._how)
        try:
            return open(string, self._how, self._buffering, self._text_encoding, self._text_errors)
        except OSError as e:
            raise ArgumentTypeError("can't open '%s': %s" % (string, e))

    def __repr__(self):
        shown = [repr(self._how)]
        if self._buffering != -1:
            shown.append(repr(self._buffering))
        if self._text_encoding is not None:
            shown.append('encoding=%r' % self._text_encoding)
        if self._text_errors is not None:
            shown.append('errors=%r' % self._text_errors)
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))


# ---------------------------------------------------------------- help output

def _screen_width():
    try:
        cols = int(_os.getenv('COLUMNS') or 0)
    except ValueError:
        cols = 0
    if cols <= 0:
        cols = 80
    return cols - 2


_USAGE_TOKEN = _re.compile(r'\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+')


class HelpFormatter(object):
    # Flags read by the rendering code; the public subclasses flip them.
    _keep_description_layout = False
    _keep_help_layout = False
    _show_defaults = False
    _type_metavars = False

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            width = _screen_width()
        self._prog_name = prog
        self._step = indent_increment
        self._cols = width
        self._max_help = min(max_help_position, max(width - 20, indent_increment * 2))

    # -- metavars and argument shapes

    def _default_metavar(self, action, positional):
        if self._type_metavars:
            return action.type.__name__
        return action.dest if positional else action.dest.upper()

    def _metavars(self, action, fallback, count):
        if action.metavar is not None:
            mv = action.metavar
        elif action.choices is not None:
            mv = '{%s}' % ','.join([str(c) for c in action.choices])
        else:
            mv = fallback
        if isinstance(mv, tuple):
            if len(mv) != count:
                raise TypeError('metavar tuple length')
            return mv
        return (mv,) * count

    def _args_text(self, action, fallback):
        n = action.nargs
        if n is None:
            return '%s' % self._metavars(action, fallback, 1)
        if n == OPTIONAL:
            return '[%s]' % self._metavars(action, fallback, 1)
        if n == ZERO_OR_MORE:
            mv = self._metavars(action, fallback, 1) if not isinstance(action.metavar, tuple) \
                else action.metavar
            if len(mv) == 2:
                return '[%s [%s ...]]' % mv
            return '[%s ...]' % mv
        if n == ONE_OR_MORE:
            return '%s [%s ...]' % self._metavars(action, fallback, 2)
        if n == REMAINDER:
            return '...'
        if n == PARSER:
            return '%s ...' % self._metavars(action, fallback, 1)
        if n == SUPPRESS:
            return ''
        if not isinstance(n, int) or isinstance(n, bool):
            raise ValueError('invalid nargs value')
        return ' '.join(['%s'] * n) % self._metavars(action, fallback, n)

    def _invocation(self, action):
        if not action.option_strings:
            return '%s' % self._metavars(action, self._default_metavar(action, True), 1)
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        tail = self._args_text(action, self._default_metavar(action, False))
        return ', '.join(['%s %s' % (opt, tail) for opt in action.option_strings])

    # -- usage

    def _usage_piece(self, action, grouped):
        if action.option_strings:
            if action.nargs == 0:
                piece = action.format_usage()
            else:
                piece = '%s %s' % (action.option_strings[0],
                                   self._args_text(action, self._default_metavar(action, False)))
            if not action.required and not grouped:
                piece = '[%s]' % piece
            return piece
        piece = self._args_text(action, self._default_metavar(action, True))
        if grouped and piece[:1] == '[' and piece[-1:] == ']':
            piece = piece[1:-1]
        return piece

    def _usage_pieces(self, actions, groups):
        # One string per action, or per mutually exclusive group whose
        # members sit next to each other in `actions`.
        group_at = {}
        members = set()
        for g in groups:
            acts = g._members
            if not acts or acts[0] not in actions:
                continue
            start = actions.index(acts[0])
            if actions[start:start + len(acts)] != acts:
                continue
            group_at[start] = g
            for a in acts:
                members.add(a)
        pieces = []
        k = 0
        while k < len(actions):
            g = group_at.get(k)
            if g is not None:
                acts = g._members
                shown = [self._usage_piece(a, True) for a in acts if a.help is not SUPPRESS]
                shown = [s for s in shown if s]
                if shown:
                    inner = ' | '.join(shown)
                    if not g.required:
                        pieces.append('[%s]' % inner)
                    elif len(shown) > 1:
                        pieces.append('(%s)' % inner)
                    else:
                        pieces.append(inner)
                k += len(acts)
                continue
            a = actions[k]
            k += 1
            if a.help is SUPPRESS:
                continue
            piece = self._usage_piece(a, False)
            if piece:
                pieces.append(piece)
        return pieces

    def _wrap_usage(self, prog, opt_tokens, pos_tokens, lead):
        room = self._cols
        def pack(tokens, indent, first_lead=None):
            lines = []
            row = []
            used = len(first_lead) - 1 if first_lead is not None else len(indent) - 1
            for tok in tokens:
                if row and used + 1 + len(tok) > room:
                    lines.append(indent + ' '.join(row))
                    row = []
                    used = len(indent) - 1
                row.append(tok)
                used += len(tok) + 1
            if row:
                lines.append(indent + ' '.join(row))
            if first_lead is not None and lines:
                lines[0] = lines[0][len(indent):]
            return lines
        if len(lead) + len(prog) <= 0.75 * room:
            indent = ' ' * (len(lead) + len(prog) + 1)
            if opt_tokens:
                lines = pack([prog] + opt_tokens, indent, lead)
                lines.extend(pack(pos_tokens, indent))
            elif pos_tokens:
                lines = pack([prog] + pos_tokens, indent, lead)
            else:
                lines = [prog]
        else:
            indent = ' ' * len(lead)
            lines = pack(opt_tokens + pos_tokens, indent)
            if len(lines) > 1:
                lines = pack(opt_tokens, indent) + pack(pos_tokens, indent)
            lines = [prog] + lines
        return '\n'.join(lines)

    def usage_body(self, usage, actions, groups, lead='usage: '):
        # The usage text without the 'usage: ' lead.
        if usage is not None:
            return usage % {'prog': self._prog_name}
        if not actions:
            return '%s' % self._prog_name
        opts = [a for a in actions if a.option_strings]
        poss = [a for a in actions if not a.option_strings]
        pieces = self._usage_pieces(opts + poss, groups)
        whole = ' '.join([s for s in [self._prog_name, ' '.join(pieces)] if s])
        if len(lead) + len(whole) <= self._cols:
            return whole
        opt_text = ' '.join(self._usage_pieces(opts, groups))
        pos_text = ' '.join(self._usage_pieces(poss, groups))
        return self._wrap_usage(self._prog_name, _USAGE_TOKEN.findall(opt_text),
                                _USAGE_TOKEN.findall(pos_text), lead)

    # -- text blocks

    def _fill_block(self, text, width, indent):
        if self._keep_description_layout or self._keep_help_layout:
            return ''.join([indent + line for line in text.splitlines(True)])
        import textwrap
        flat = _ASCII_SPACES.sub(' ', text).strip()
        return textwrap.fill(flat, width, initial_indent=indent, subsequent_indent=indent)

    def _help_lines(self, text, width):
        if self._keep_help_layout:
            return text.splitlines()
        import textwrap
        flat = _ASCII_SPACES.sub(' ', text).strip()
        return textwrap.wrap(flat, width)

    def _text_block(self, text, indent):
        if text is None or text is SUPPRESS:
            return ''
        if '%(prog)' in text:
            text = text % {'prog': self._prog_name}
        width = max(self._cols - indent, 11)
        return self._fill_block(text, width, ' ' * indent) + '\n\n'

    def render_text_only(self, text):
        # used by the version action
        out = self._text_block(text, 0)
        return self._tidy(out)

    def _help_source(self, action):
        text = action.help
        if self._show_defaults:
            if text is None:
                text = ''
            if '%(default)' not in text and action.default is not SUPPRESS:
                if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
                    text += ' (default: %(default)s)'
        return text

    def _expanded_help(self, action):
        values = dict(vars(action))
        values['prog'] = self._prog_name
        for key in list(values):
            if values[key] is SUPPRESS:
                del values[key]
        for key in list(values):
            name = getattr(values[key], '__name__', None)
            if name is not None and not isinstance(values[key], str):
                values[key] = name
        if values.get('choices') is not None:
            values['choices'] = ', '.join([str(c) for c in values['choices']])
        return self._help_source(action) % values

    def _action_entries(self, action, indent, column, out):
        head = self._invocation(action)
        help_width = max(self._cols - column, 11)
        head_width = column - indent - 2
        if not action.help:
            out.append(' ' * indent + head + '\n')
            first_on_head = False
        elif len(head) <= head_width:
            out.append(' ' * indent + head.ljust(head_width) + '  ')
            first_on_head = True
        else:
            out.append(' ' * indent + head + '\n')
            first_on_head = False
        if action.help and action.help.strip():
            text = self._expanded_help(action)
            if text:
                lines = self._help_lines(text, help_width)
                for n, line in enumerate(lines):
                    if n == 0 and first_on_head:
                        out.append(line + '\n')
                    else:
                        out.append(' ' * column + line + '\n')
        elif first_on_head:
            out.append('\n')
        for sub in self._subactions(action):
            self._action_entries(sub, indent + self._step, column, out)

    def _subactions(self, action):
        get = getattr(action, 'listed_choices', None)
        return get() if get is not None else []

    def _help_column(self, groups):
        longest = 0
        for g in groups:
            for a in g._members:
                if a.help is SUPPRESS:
                    continue
                longest = max(longest, len(self._invocation(a)) + self._step)
                for sub in self._subactions(a):
                    longest = max(longest, len(self._invocation(sub)) + 2 * self._step)
        return min(longest + 2, self._max_help)

    @staticmethod
    def _tidy(text):
        text = _re.sub('\n\n\n+', '\n\n', text)
        text = text.strip('\n')
        return text + '\n' if text else ''

    def render_usage(self, parser):
        if parser.usage is SUPPRESS:
            return ''
        body = self.usage_body(parser.usage, parser._all_actions, parser._exclusive_groups)
        return 'usage: %s\n' % body

    def render_help(self, parser):
        parts = []
        body = self.usage_body(parser.usage, parser._all_actions, parser._exclusive_groups)
        if parser.usage is not SUPPRESS:
            parts.append('usage: %s\n\n' % body)
        parts.append(self._text_block(parser.description, 0))
        column = self._help_column(parser._sections)
        for g in parser._sections:
            inner = [self._text_block(g.description, self._step)]
            for a in g._members:
                if a.help is not SUPPRESS:
                    self._action_entries(a, self._step, column, inner)
            inner = ''.join(inner)
            if not inner:
                continue
            head = ''
            if g.title is not None and g.title is not SUPPRESS:
                head = '%s:\n' % g.title
            parts.append('\n' + head + inner + '\n')
        parts.append(self._text_block(parser.epilog, 0))
        return self._tidy(''.join(parts))


class RawDescriptionHelpFormatter(HelpFormatter):
    _keep_description_layout = True


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    _keep_help_layout = True


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    _show_defaults = True


class MetavarTypeHelpFormatter(HelpFormatter):
    _type_metavars = True


# ---------------------------------------------------------------- containers

_ACTION_KINDS = {
    None: _Store,
    'store': _Store,
    'store_const': _StoreConst,
    'store_true': _StoreTrue,
    'store_false': _StoreFalse,
    'append': _Append,
    'append_const': _AppendConst,
    'count': _Count,
    'help': _Help,
    'version': _Version,
    'parsers': _SubParsers,
    'extend': _Extend,
}


class _Container(object):
    # Shared by parsers and argument groups. A group forwards the shared
    # tables (actions, option strings, defaults) of the parser it belongs to.

    def register(self, registry_name, value, obj):
        self._kinds.setdefault(registry_name, {})[value] = obj

    def _lookup(self, registry_name, value, default=None):
        return self._kinds.get(registry_name, {}).get(value, default)

    def set_defaults(self, **kwargs):
        self._default_values.update(kwargs)
        for a in self._all_actions:
            if a.dest in kwargs:
                a.default = kwargs[a.dest]

    def get_default(self, dest):
        for a in self._all_actions:
            if a.dest == dest and a.default is not None:
                return a.default
        return self._default_values.get(dest, None)

    def add_argument(self, *args, **kwargs):
        chars = self.prefix_chars
        if not args or (len(args) == 1 and args[0][:1] not in chars):
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            kwargs = self._positional_settings(*args, **kwargs)
        else:
            kwargs = self._optional_settings(*args, **kwargs)
        if 'default' not in kwargs:
            dest = kwargs['dest']
            if dest in self._default_values:
                kwargs['default'] = self._default_values[dest]
            elif self.argument_default is not None:
                kwargs['default'] = self.argument_default
        kind = kwargs.pop('action', None)
        cls = self._lookup('action', kind, kind)
        if not callable(cls):
            raise ValueError('unknown action "%s"' % (cls,))
        action = cls(**kwargs)
        conv = self._lookup('type', action.type, action.type)
        if not callable(conv):
            raise ValueError('%r is not callable' % (conv,))
        if conv is FileType:
            raise ValueError('%r is a FileType class object, instance of it must be passed'
                             % (conv,))
        try:
            HelpFormatter('x', width=80)._args_text(action, 'X')
        except TypeError:
            raise ValueError('length of metavar tuple does not match nargs')
        return self._attach(action)

    def _positional_settings(self, dest=None, **kwargs):
        if dest is None:
            raise TypeError("add_argument() missing 1 required positional argument: 'dest'")
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        nargs = kwargs.get('nargs')
        if nargs not in (OPTIONAL, ZERO_OR_MORE):
            kwargs['required'] = True
        if nargs == ZERO_OR_MORE and 'default' not in kwargs:
            kwargs['required'] = True
        kwargs['dest'] = dest
        kwargs['option_strings'] = []
        return kwargs

    def _optional_settings(self, *args, **kwargs):
        chars = self.prefix_chars
        strings = []
        long_one = None
        for opt in args:
            if not opt or opt[0] not in chars:
                raise ValueError('invalid option string %r: must start with a character %r'
                                 % (opt, chars))
            strings.append(opt)
            if long_one is None and len(opt) > 1 and opt[1] in chars:
                long_one = opt
        dest = kwargs.pop('dest', None)
        if dest is None:
            base = long_one if long_one is not None else strings[0]
            dest = base.lstrip(chars)
            if not dest:
                raise ValueError('dest= is required for options like %r' % (base,))
            dest = dest.replace('-', '_')
        kwargs['dest'] = dest
        kwargs['option_strings'] = strings
        return kwargs

    def _attach(self, action):
        self._resolve_clashes(action)
        self._all_actions.append(action)
        for opt in action.option_strings:
            self._by_option[opt] = action
            if _NEG_NUMBER.match(opt) and not self._negative_opts:
                self._negative_opts.append(True)
        home = self._own_section(action)
        home._members.append(action)
        action.container = home
        return action

    def _own_section(self, action):
        return self

    def _detach(self, action):
        self._all_actions.remove(action)

    def _resolve_clashes(self, action):
        clashes = [(opt, self._by_option[opt]) for opt in action.option_strings
                   if opt in self._by_option]
        if not clashes:
            return
        if self.conflict_handler == 'resolve':
            for opt, old in clashes:
                if opt in old.option_strings:
                    old.option_strings.remove(opt)
                self._by_option.pop(opt, None)
                if not old.option_strings:
                    old.container._detach(old)
            return
        if self.conflict_handler != 'error':
            raise ValueError('invalid conflict_resolution value: %r' % self.conflict_handler)
        names = ', '.join([opt for opt, old in clashes])
        raise ArgumentError(action, 'conflicting option string%s: %s'
                            % ('s' if len(clashes) > 1 else '', names))

    def add_argument_group(self, *args, **kwargs):
        group = _ArgumentGroup(self, *args, **kwargs)
        self._sections.append(group)
        return group

    def add_mutually_exclusive_group(self, **kwargs):
        group = _MutexGroup(self, **kwargs)
        self._exclusive_groups.append(group)
        return group


class _ArgumentGroup(_Container):
    def __init__(self, container, title=None, description=None, **kwargs):
        self.title = title
        self.description = description
        self.prefix_chars = kwargs.get('prefix_chars', container.prefix_chars)
        self.argument_default = kwargs.get('argument_default', container.argument_default)
        self.conflict_handler = kwargs.get('conflict_handler', container.conflict_handler)
        self._kinds = container._kinds
        self._all_actions = container._all_actions
        self._by_option = container._by_option
        self._default_values = container._default_values
        self._negative_opts = container._negative_opts
        self._exclusive_groups = container._exclusive_groups
        self._sections = container._sections
        self._members = []

    def _detach(self, action):
        _Container._detach(self, action)
        if action in self._members:
            self._members.remove(action)


class _MutexGroup(_ArgumentGroup):
    def __init__(self, container, required=False):
        _ArgumentGroup.__init__(self, container)
        self.required = required
        self._home = container

    def _attach(self, action):
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        action = self._home._attach(action)
        self._members.append(action)
        return action

    def _detach(self, action):
        self._home._detach(action)
        if action in self._members:
            self._members.remove(action)


# ---------------------------------------------------------------- the parser

def _count_pattern(nargs, positional):
    # Regular expression over the 'O'/'A'/'-' codes for one action.
    if nargs is None:
        body = '(-*A-*)'
    elif nargs == OPTIONAL:
        body = '(-*A?-*)'
    elif nargs == ZERO_OR_MORE:
        body = '(-*[A-]*)'
    elif nargs == ONE_OR_MORE:
        body = '(-*A[A-]*)'
    elif nargs == REMAINDER:
        body = '([-AO]*)'
    elif nargs == PARSER:
        body = '(-*A[-AO]*)'
    elif nargs == SUPPRESS:
        body = '(-*-*)'
    else:
        body = '(-*%s-*)' % '-*'.join('A' * nargs)
    if not positional:
        # an option never swallows the '--' marker
        body = body.replace('-*', '').replace('-', '')
    return body


class ArgumentParser(_Container):
    def __init__(self, prog=None, usage=None, description=None, epilog=None,
                 parents=[], formatter_class=HelpFormatter, prefix_chars='-',
                 fromfile_prefix_chars=None, argument_default=None,
                 conflict_handler='error', add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        if prog is None:
            prog = _sys.argv[0] if _sys.argv and _sys.argv[0] else 'python'
            prog = prog[prog.rfind('/') + 1:]
        self.prog = prog
        self.usage = usage
        self.description = description
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.prefix_chars = prefix_chars
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.argument_default = argument_default
        if conflict_handler not in ('error', 'resolve'):
            raise ValueError('invalid conflict_resolution value: %r' % conflict_handler)
        self.conflict_handler = conflict_handler
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._kinds = {'action': dict(_ACTION_KINDS), 'type': {None: lambda s: s}}
        self._all_actions = []
        self._by_option = {}
        self._default_values = {}
        self._negative_opts = []
        self._exclusive_groups = []
        self._sections = []
        self._members = []
        self._subparsers_action = None
        self._pending_extras = []
        self._pos_section = self.add_argument_group('positional arguments')
        self._opt_section = self.add_argument_group('options')
        lead = '-' if '-' in prefix_chars else prefix_chars[0]
        if add_help:
            self.add_argument(lead + 'h', lead * 2 + 'help', action='help',
                              default=SUPPRESS, help='show this help message and exit')
        for parent in parents:
            self._adopt(parent)

    def __repr__(self):
        fields = [('prog', self.prog), ('usage', self.usage),
                  ('description', self.description),
                  ('formatter_class', self.formatter_class),
                  ('conflict_handler', self.conflict_handler),
                  ('add_help', self.add_help)]
        return _attr_repr(self, (), fields)

    def _own_section(self, action):
        return self._opt_section if action.option_strings else self._pos_section

    def _adopt(self, parent):
        # copy the arguments of a parent parser, keeping group titles
        self._default_values.update(parent._default_values)
        titled = {}
        for g in self._sections:
            titled.setdefault(g.title, g)
        place = {}
        for g in parent._sections:
            if g.title not in titled:
                titled[g.title] = self.add_argument_group(g.title, g.description)
            for a in g._members:
                place[a] = titled[g.title]
        for mg in parent._exclusive_groups:
            # like CPython, copied exclusive groups belong to the parser
            # itself, so their members are listed by kind (positional or not)
            copy = self.add_mutually_exclusive_group(required=mg.required)
            for a in mg._members:
                place[a] = copy
        for a in parent._all_actions:
            target = place.get(a, self)
            target._attach(a)

    def add_subparsers(self, **kwargs):
        if self._subparsers_action is not None:
            self.error('cannot have multiple subparser arguments')
        kwargs.setdefault('parser_class', type(self))
        if 'title' in kwargs or 'description' in kwargs:
            title = kwargs.pop('title', 'subcommands')
            desc = kwargs.pop('description', None)
            home = self.add_argument_group(title, desc)
        else:
            home = self._pos_section
        if kwargs.get('prog') is None:
            fmt = self._new_formatter()
            poss = [a for a in self._all_actions if not a.option_strings]
            kwargs['prog'] = fmt.usage_body(self.usage, poss, self._exclusive_groups, '').strip()
        kind = self._lookup('action', kwargs.pop('action', 'parsers'), _SubParsers)
        action = kind(option_strings=[], **kwargs)
        home._attach(action)
        self._subparsers_action = action
        return action

    # -- output

    def _new_formatter(self):
        return self.formatter_class(prog=self.prog)

    def format_usage(self):
        return self._new_formatter().render_usage(self)

    def format_help(self):
        return self._new_formatter().render_help(self)

    def print_usage(self, file=None):
        self._emit_text(self.format_usage(), file or _sys.stdout)

    def print_help(self, file=None):
        self._emit_text(self.format_help(), file or _sys.stdout)

    def _emit_text(self, message, file):
        if message:
            try:
                # with no stdout, stderr takes the text; with neither, it is dropped
                (file or _sys.stderr).write(message)
            except (AttributeError, OSError):
                pass

    def exit(self, status=0, message=None):
        if message:
            self._emit_text(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        self.print_usage(_sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.prog, message))

    # -- parsing

    def parse_args(self, args=None, namespace=None):
        ns, extra = self.parse_known_args(args, namespace)
        if extra:
            self.error('unrecognized arguments: %s' % ' '.join(extra))
        return ns

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = _sys.argv[1:]
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()
        for a in self._all_actions:
            if a.dest is not SUPPRESS and not hasattr(namespace, a.dest) \
                    and a.default is not SUPPRESS:
                setattr(namespace, a.dest, a.default)
        for dest in self._default_values:
            if not hasattr(namespace, dest):
                setattr(namespace, dest, self._default_values[dest])
        if self.exit_on_error:
            try:
                return self._run(args, namespace)
            except ArgumentError as err:
                # an error() that returns leaves every word unparsed, as CPython
                self.error(str(err))
                return namespace, args
        return self._run(args, namespace)

    def parse_intermixed_args(self, args=None, namespace=None):
        ns, extra = self.parse_known_intermixed_args(args, namespace)
        if extra:
            self.error('unrecognized arguments: %s' % ' '.join(extra))
        return ns

    def parse_known_intermixed_args(self, args=None, namespace=None):
        # Two passes over the words: first only the options are matched (the
        # positionals are switched off and their words left over), then the
        # leftover words are given to the positionals with every option made
        # optional. Everything switched is put back afterwards.
        positionals = [a for a in self._all_actions if not a.option_strings]
        for a in positionals:
            if a.nargs in (PARSER, REMAINDER):
                raise TypeError('parse_intermixed_args: positional arg with nargs=%s'
                                % a.nargs)
        for g in self._exclusive_groups:
            if any(not a.option_strings for a in g._members):
                raise TypeError('parse_intermixed_args: positional in'
                                ' mutuallyExclusiveGroup')
        old_usage = self.usage
        if old_usage is None:
            # errors of the first pass must still show the positionals
            self.usage = self.format_usage()[len('usage: '):].rstrip('\n')
        try:
            switched = [(a, a.nargs, a.default) for a in positionals]
            for a in positionals:
                a.nargs = SUPPRESS
                a.default = SUPPRESS
            try:
                namespace, rest = self.parse_known_args(args, namespace)
            finally:
                for a, nargs, default in switched:
                    a.nargs = nargs
                    a.default = default
            options = [a for a in self._all_actions if a.option_strings]
            kept = [(a, a.required) for a in options]
            kept_groups = [(g, g.required) for g in self._exclusive_groups]
            for a in options:
                a.required = False
            for g in self._exclusive_groups:
                g.required = False
            try:
                namespace, extras = self.parse_known_args(rest, namespace)
            finally:
                for a, req in kept:
                    a.required = req
                for g, req in kept_groups:
                    g.required = req
        finally:
            self.usage = old_usage
        return namespace, extras

    def _run(self, args, namespace):
        if self.fromfile_prefix_chars is not None:
            args = self._expand_files(args)
        saved = self._pending_extras
        self._pending_extras = []
        try:
            extras = _Run(self, args, namespace).go()
            extras.extend(self._pending_extras)
        finally:
            self._pending_extras = saved
        return namespace, extras

    def _expand_files(self, args):
        out = []
        for word in args:
            if not word or word[0] not in self.fromfile_prefix_chars:
                out.append(word)
                continue
            try:
                with open(word[1:]) as f:
                    lines = []
                    for line in f.read().splitlines():
                        lines.extend(self.convert_arg_line_to_args(line))
                    out.extend(self._expand_files(lines))
            except OSError as err:
                self.error(str(err))
        return out

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _classify(self, word):
        # -> None for a plain argument, else (action or None, option, inline value)
        chars = self.prefix_chars
        if not word or word[0] not in chars:
            return None
        if word in self._by_option:
            return (self._by_option[word], word, None)
        if len(word) == 1:
            return None
        if '=' in word:
            name, value = word.split('=', 1)
            if name in self._by_option:
                return (self._by_option[name], name, value)
        found = self._prefix_matches(word)
        if len(found) > 1:
            names = ', '.join([opt for act, opt, val in found])
            self.error('ambiguous option: %s could match %s' % (word, names))
        if len(found) == 1:
            return found[0]
        if _NEG_NUMBER.match(word) and not self._negative_opts:
            return None
        if ' ' in word:
            return None
        return (None, word, None)

    def _prefix_matches(self, word):
        chars = self.prefix_chars
        found = []
        if word[1] in chars:
            if self.allow_abbrev:
                if '=' in word:
                    stem, value = word.split('=', 1)
                else:
                    stem, value = word, None
                for opt in self._by_option:
                    if opt.startswith(stem):
                        found.append((self._by_option[opt], opt, value))
        else:
            short, rest = word[:2], word[2:]
            for opt in self._by_option:
                if opt == short:
                    found.append((self._by_option[opt], opt, rest))
                elif opt.startswith(word):
                    found.append((self._by_option[opt], opt, None))
        return found

    def _convert(self, action, word):
        conv = self._lookup('type', action.type, action.type)
        if not callable(conv):
            raise ArgumentError(action, '%r is not callable' % (conv,))
        try:
            return conv(word)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, 'invalid %s value: %r' % (name, word))

    def _check_choice(self, action, value):
        if action.choices is not None and value not in action.choices:
            raise ArgumentError(action, 'invalid choice: %r (choose from %s)'
                                % (value, ', '.join(map(repr, action.choices))))

    def _values_for(self, action, words):
        if action.nargs not in (PARSER, REMAINDER) and '--' in words:
            words = list(words)
            words.remove('--')
        n = action.nargs
        if not words and n == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._convert(action, value)
                self._check_choice(action, value)
            return value
        if not words and n == ZERO_OR_MORE and not action.option_strings:
            value = action.default if action.default is not None else words
            self._check_choice(action, value)
            return value
        if len(words) == 1 and n in (None, OPTIONAL):
            value = self._convert(action, words[0])
            self._check_choice(action, value)
            return value
        if n == REMAINDER:
            return [self._convert(action, w) for w in words]
        if n == PARSER:
            value = [self._convert(action, w) for w in words]
            self._check_choice(action, value[0])
            return value
        if n == SUPPRESS:
            return SUPPRESS
        value = [self._convert(action, w) for w in words]
        for v in value:
            self._check_choice(action, v)
        return value


class _Run(object):
    # State of one parse: the words, their codes and what has been seen.
    def __init__(self, parser, words, namespace):
        self.p = parser
        self.words = words
        self.ns = namespace
        self.seen = set()
        self.seen_set = set()          # actions given a non-default value
        self.extras = []
        rivals = {}
        for g in parser._exclusive_groups:
            for a in g._members:
                rivals.setdefault(a, [])
                for b in g._members:
                    if b is not a:
                        rivals[a].append(b)
        self.rivals = rivals
        codes = []
        self.opts = {}
        rest_are_args = False
        for i, w in enumerate(words):
            if rest_are_args:
                codes.append('A')
            elif w == '--':
                codes.append('-')
                rest_are_args = True
            else:
                info = parser._classify(w)
                if info is None:
                    codes.append('A')
                else:
                    self.opts[i] = info
                    codes.append('O')
        self.codes = ''.join(codes)
        self.pending = [a for a in parser._all_actions if not a.option_strings]

    def apply(self, action, words, option_string=None):
        self.seen.add(action)
        value = self.p._values_for(action, words)
        if value is not action.default:
            self.seen_set.add(action)
            for other in self.rivals.get(action, ()):
                if other in self.seen_set:
                    raise ArgumentError(action, 'not allowed with argument %s'
                                        % _action_label(other))
        if value is not SUPPRESS:
            action(self.p, self.ns, value, option_string)

    def count_for(self, action, codes):
        m = _re.match(_count_pattern(action.nargs, False), codes)
        if m is None:
            n = action.nargs
            if n is None:
                msg = 'expected one argument'
            elif n == OPTIONAL:
                msg = 'expected at most one argument'
            elif n == ONE_OR_MORE:
                msg = 'expected at least one argument'
            elif n == 1:
                msg = 'expected 1 argument'
            else:
                msg = 'expected %s arguments' % n
            raise ArgumentError(action, msg)
        return len(m.group(1))

    def take_positionals(self, start):
        codes = self.codes[start:]
        counts = []
        for k in range(len(self.pending), 0, -1):
            rx = ''.join([_count_pattern(a.nargs, True) for a in self.pending[:k]])
            m = _re.match(rx, codes)
            if m is not None:
                counts = [len(m.group(j + 1)) for j in range(k)]
                break
        for a, n in zip(self.pending, counts):
            self.apply(a, self.words[start:start + n])
            start += n
        self.pending = self.pending[len(counts):]
        return start

    def take_option(self, start):
        action, opt, inline = self.opts[start]
        queue = []
        chars = self.p.prefix_chars
        while True:
            if action is None:
                self.extras.append(self.words[start])
                return start + 1
            if inline is not None:
                n = self.count_for(action, 'A')
                if n == 0 and opt[1] not in chars and inline != '':
                    # '-xyz': -x is a flag, carry on with -y and 'z'
                    queue.append((action, [], opt))
                    opt = opt[0] + inline[0]
                    nxt = self.p._by_option.get(opt)
                    if nxt is None:
                        raise ArgumentError(action, 'ignored explicit argument %r' % inline)
                    action = nxt
                    inline = inline[1:] or None
                    continue
                if n == 1:
                    stop = start + 1
                    queue.append((action, [inline], opt))
                    break
                raise ArgumentError(action, 'ignored explicit argument %r' % inline)
            first = start + 1
            n = self.count_for(action, self.codes[first:])
            stop = first + n
            queue.append((action, self.words[first:stop], opt))
            break
        for act, words, o in queue:
            self.apply(act, words, o)
        return stop

    def go(self):
        p = self.p
        option_at = sorted(self.opts)
        last = option_at[-1] if option_at else -1
        i = 0
        while i <= last:
            nxt = min([k for k in option_at if k >= i])
            if i != nxt:
                j = self.take_positionals(i)
                if j > i:
                    i = j
                    continue
                i = j
            if i not in self.opts:
                self.extras.extend(self.words[i:nxt])
                i = nxt
            i = self.take_option(i)
        j = self.take_positionals(i)
        self.extras.extend(self.words[j:])
        missing = []
        for a in p._all_actions:
            if a in self.seen:
                continue
            if a.required:
                missing.append(_action_label(a))
            elif a.default is not None and isinstance(a.default, str) \
                    and hasattr(self.ns, a.dest) and a.default is getattr(self.ns, a.dest):
                setattr(self.ns, a.dest, p._convert(a, a.default))
        if missing:
            p.error('the following arguments are required: %s' % ', '.join(missing))
        for g in p._exclusive_groups:
            if not g.required:
                continue
            if any(a in self.seen_set for a in g._members):
                continue
            names = [_action_label(a) for a in g._members if a.help is not SUPPRESS]
            p.error('one of the arguments %s is required' % ' '.join(names))
        return self.extras

# inspect: type predicates, member listing, source lookup and call
# signatures (Signature, Parameter, BoundArguments) built on code objects.

import sys
import types
import enum
import functools
import collections

CO_OPTIMIZED = 1
CO_NEWLOCALS = 2
CO_VARARGS = 4
CO_VARKEYWORDS = 8
CO_NESTED = 16
CO_GENERATOR = 32
CO_NOFREE = 64
CO_COROUTINE = 128
CO_ITERABLE_COROUTINE = 256
CO_ASYNC_GENERATOR = 512
TPFLAGS_IS_ABSTRACT = 1 << 20

_none = object()


def ismodule(object):
    return isinstance(object, types.ModuleType)


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    return isinstance(object, types.MethodType)


def isfunction(object):
    return isinstance(object, types.FunctionType)


def isbuiltin(object):
    return isinstance(object, types.BuiltinFunctionType)


def isgenerator(object):
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    return isinstance(object, types.CoroutineType)


def isasyncgen(object):
    return isinstance(object, types.AsyncGeneratorType)


def istraceback(object):
    return isinstance(object, types.TracebackType)


def isframe(object):
    return isinstance(object, types.FrameType)


def iscode(object):
    return isinstance(object, types.CodeType)


def ismethoddescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    t = type(object)
    return hasattr(t, '__get__') and not hasattr(t, '__set__')


def isdatadescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    t = type(object)
    return hasattr(t, '__set__') or hasattr(t, '__delete__')


def ismemberdescriptor(object):
    return isinstance(object, types.MemberDescriptorType)


def isgetsetdescriptor(object):
    return isinstance(object, getattr(types, 'GetSetDescriptorType', ()))


def ismethodwrapper(object):
    return isinstance(object, types.MethodWrapperType)


def isroutine(object):
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object))


def isabstract(object):
    return isinstance(object, type) and bool(getattr(object, '__abstractmethods__', None))


def _code_flag(f, flag):
    # look through bound methods and partial objects to the function
    while True:
        if ismethod(f):
            f = f.__func__
        elif isinstance(f, functools.partial):
            f = f.func
        else:
            break
    return isfunction(f) and bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    return _code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    return _code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    return _code_flag(obj, CO_ASYNC_GENERATOR)


def isawaitable(object):
    return (iscoroutine(object) or hasattr(type(object), '__await__') or
            isgenerator(object) and bool(object.gi_code.co_flags & CO_ITERABLE_COROUTINE))


def getmro(cls):
    return cls.__mro__


def getmembers(object, predicate=None):
    mro = getmro(object) if isclass(object) else ()
    out = []
    for key in set(dir(object)):
        try:
            value = getattr(object, key)
        except AttributeError:
            for base in mro:
                if key in base.__dict__:
                    value = base.__dict__[key]
                    break
            else:
                continue
        if not predicate or predicate(value):
            out.append((key, value))
    out.sort(key=lambda kv: kv[0])
    return out


def getattr_static(obj, attr, default=_none):
    # no descriptor is run: the instance dict, then the classes' dicts
    # (a data descriptor on the class wins over the instance dict)
    klass = obj if isinstance(obj, type) else type(obj)
    found = _none
    for k in klass.__mro__:
        d = k.__dict__
        if attr in d:
            found = d[attr]
            break
    if klass is not obj:
        try:
            idict = object.__getattribute__(obj, '__dict__')
        except AttributeError:
            idict = {}
        if attr in idict and not (found is not _none and hasattr(type(found), '__set__')
                                  and hasattr(type(found), '__get__')):
            return idict[attr]
    elif found is _none:
        for k in type(klass).__mro__:
            if attr in k.__dict__:
                return k.__dict__[attr]
    if found is not _none:
        return found
    if default is not _none:
        return default
    raise AttributeError(attr)


def cleandoc(doc):
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        s = line.lstrip()
        if s:
            n = len(line) - len(s)
            margin = n if margin is None else min(margin, n)
    lines[0] = lines[0].lstrip()
    if margin is not None:
        lines[1:] = [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def _inherited_doc(obj):
    # the first docstring along the MRO (of the class, or of a method's class)
    if isclass(obj):
        return next((k.__doc__ for k in obj.__mro__[:-1] if k.__doc__ is not None), None)
    if ismethod(obj):
        cls = obj.__self__ if isclass(obj.__self__) else type(obj.__self__)
        for k in cls.__mro__[1:]:
            doc = getattr(k.__dict__.get(obj.__name__), '__doc__', None)
            if doc is not None:
                return doc
    return None


def getdoc(object):
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _inherited_doc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def getmodule(object, _filename=None):
    if ismodule(object):
        return object
    name = getattr(object, '__module__', None)
    if name is not None:
        return sys.modules.get(name)
    return None


def unwrap(func, *, stop=None):
    f = func
    seen = {id(f)}
    while hasattr(f, '__wrapped__') and not (stop is not None and stop(f)):
        f = f.__wrapped__
        if id(f) in seen or len(seen) >= sys.getrecursionlimit():
            raise ValueError('wrapper loop when unwrapping {!r}'.format(func))
        seen.add(id(f))
    return f


GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED, GEN_CLOSED = (
    'GEN_CREATED', 'GEN_RUNNING', 'GEN_SUSPENDED', 'GEN_CLOSED')
CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED, CORO_CLOSED = (
    'CORO_CREATED', 'CORO_RUNNING', 'CORO_SUSPENDED', 'CORO_CLOSED')


def _state(kind, running, suspended, frame):
    return kind + ('RUNNING' if running else 'SUSPENDED' if suspended else
                   'CLOSED' if frame is None else 'CREATED')


def getgeneratorstate(generator):
    g = generator
    return _state('GEN_', g.gi_running, g.gi_suspended, g.gi_frame)


def getcoroutinestate(coroutine):
    c = coroutine
    return _state('CORO_', c.cr_running, c.cr_suspended, c.cr_frame)


def currentframe():
    return sys._getframe(1) if hasattr(sys, '_getframe') else None


Traceback = collections.namedtuple('Traceback', 'filename lineno function code_context index')
FrameInfo = collections.namedtuple('FrameInfo', 'frame filename lineno function code_context index')


def getframeinfo(frame, context=1):
    if istraceback(frame):
        lineno, frame = frame.tb_lineno, frame.tb_frame
    else:
        lineno = frame.f_lineno
    filename = frame.f_code.co_filename
    lines = index = None
    if context > 0:
        try:
            with open(filename) as fh:
                src = fh.readlines()
        except (OSError, UnicodeError):
            pass
        else:
            start = max(0, min(lineno - 1 - context // 2, len(src) - context))
            lines, index = src[start:start + context], lineno - 1 - start
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index)


def getouterframes(frame, context=1):
    out = []
    while frame is not None:
        out.append(FrameInfo(frame, *getframeinfo(frame, context)))
        frame = frame.f_back
    return out


def getinnerframes(tb, context=1):
    out = []
    while tb is not None:
        out.append(FrameInfo(tb.tb_frame, *getframeinfo(tb, context)))
        tb = tb.tb_next
    return out


def stack(context=1):
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    return getinnerframes(sys.exc_info()[2], context)


def getfile(object):
    if ismodule(object):
        if getattr(object, '__file__', None):
            return object.__file__
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        module = sys.modules.get(getattr(object, '__module__', None))
        if getattr(module, '__file__', None):
            return module.__file__
        if object.__module__ == '__main__':
            raise OSError('source code not available')
        raise TypeError('{!r} is a built-in class'.format(object))
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        return object.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got {}'.format(type(object).__name__))


def getsourcefile(object):
    f = getfile(object)
    if f.endswith('.py'):
        try:
            open(f).close()
            return f
        except OSError:
            pass
    return None


def findsource(object):
    f = getsourcefile(object)
    if f is None:
        raise OSError('could not get source code')
    with open(f) as fh:
        lines = fh.readlines()
    if ismodule(object):
        return lines, 0
    if isclass(object):
        name = object.__name__
        for i, line in enumerate(lines):
            s = line.lstrip()
            if s.startswith('class ') and s[6:].lstrip().startswith(name) and \
                    not s[6:].lstrip()[len(name):len(name) + 1].isidentifier():
                return lines, i
        raise OSError('could not find class definition')
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        i = object.co_firstlineno - 1
        if 0 <= i < len(lines):
            return lines, i
        raise OSError('lineno is out of bounds')
    raise OSError('could not find code object')


def getblock(lines):
    # the statement starting at lines[0] (decorators included) and the lines
    # indented deeper than it
    i = 0
    while i < len(lines) - 1 and lines[i].lstrip().startswith('@'):
        i += 1
    head = lines[i]
    if 'lambda' in head and not head.lstrip().startswith(('def ', 'async ', 'class ')):
        return lines[:i + 1]
    indent = len(head) - len(head.lstrip())
    end = i + 1
    while end < len(lines):
        line = lines[end]
        s = line.strip()
        if s and not s.startswith((')', '#')) and len(line) - len(s) - 1 <= indent:
            break
        end += 1
    while end > i + 1 and not lines[end - 1].strip():
        end -= 1
    return lines[:end]


def getsourcelines(object):
    object = unwrap(object)
    lines, i = findsource(object)
    if ismodule(object):
        return lines, 0
    return getblock(lines[i:]), i + 1


def getsource(object):
    return ''.join(getsourcelines(object)[0])


class _empty:
    pass


class _void:
    pass


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self._name_

    @property
    def description(self):
        return ('positional-only', 'positional or keyword', 'variadic positional',
                'keyword-only', 'variadic keyword')[self]


_POS_ONLY = _ParameterKind.POSITIONAL_ONLY
_POS_KW = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POS = _ParameterKind.VAR_POSITIONAL
_KW_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KW = _ParameterKind.VAR_KEYWORD


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    # A class's own annotations only (not those it inherits).
    if isinstance(obj, type):
        ann = obj.__dict__.get('__annotations__')
        g = getattr(sys.modules.get(obj.__module__), '__dict__', None)
        l = dict(vars(obj))
    elif isinstance(obj, types.ModuleType):
        ann = getattr(obj, '__annotations__', None)
        g = l = obj.__dict__
    elif callable(obj):
        ann = getattr(obj, '__annotations__', None)
        g = getattr(unwrap(obj), '__globals__', None)
        l = None
    else:
        raise TypeError('%r is not a module, class, or callable.' % (obj,))
    if ann is None:
        return {}
    if not isinstance(ann, dict):
        raise ValueError('%r.__annotations__ is neither a dict nor None' % (obj,))
    if not eval_str:
        return dict(ann)
    g = g if globals is None else globals
    l = l if locals is None else locals
    return {k: eval(v, g, l) if isinstance(v, str) else v for k, v in ann.items()}


def formatannotation(annotation, base_module=None):
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


class Parameter:
    __slots__ = ('_name', '_kind', '_default', '_annotation')
    POSITIONAL_ONLY = _POS_ONLY
    POSITIONAL_OR_KEYWORD = _POS_KW
    VAR_POSITIONAL = _VAR_POS
    KEYWORD_ONLY = _KW_ONLY
    VAR_KEYWORD = _VAR_KW
    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError('value {!r} is not a valid Parameter.kind'.format(kind)) from None
        if default is not _empty and kind in (_VAR_POS, _VAR_KW):
            raise ValueError('{} parameters cannot have default values'.format(kind.description))
        if not isinstance(name, str):
            raise TypeError('name must be a str, not a {}'.format(type(name).__name__))
        import keyword
        if not name.isidentifier() or keyword.iskeyword(name):
            raise ValueError('{!r} is not a valid parameter name'.format(name))
        self._name = name
        self._kind = kind
        self._default = default
        self._annotation = annotation

    name = property(lambda self: self._name)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)
    kind = property(lambda self: self._kind)

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        return type(self)(self._name if name is _void else name,
                          self._kind if kind is _void else kind,
                          default=self._default if default is _void else default,
                          annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        s = self._name
        if self._annotation is not _empty:
            s += ': ' + formatannotation(self._annotation)
        if self._default is not _empty:
            s += (' = ' if self._annotation is not _empty else '=') + repr(self._default)
        if self._kind == _VAR_POS:
            s = '*' + s
        elif self._kind == _VAR_KW:
            s = '**' + s
        return s

    def __repr__(self):
        return '<{} "{}">'.format(type(self).__name__, self)

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind and
                self._default == other._default and self._annotation == other._annotation)


class BoundArguments:
    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    signature = property(lambda self: self._signature)

    @property
    def args(self):
        out = []
        for p in self._signature.parameters.values():
            if p.kind >= _KW_ONLY or p.name not in self.arguments:
                break
            if p.kind == _VAR_POS:
                out.extend(self.arguments[p.name])
            else:
                out.append(self.arguments[p.name])
        return tuple(out)

    @property
    def kwargs(self):
        out = {}
        positional = True
        for p in self._signature.parameters.values():
            if positional and (p.kind >= _KW_ONLY or p.name not in self.arguments):
                positional = False
                if p.kind < _KW_ONLY:
                    continue
            if positional or p.name not in self.arguments:
                continue
            v = self.arguments[p.name]
            if p.kind == _VAR_KW:
                out.update(v)
            elif p.kind != _VAR_POS:
                out[p.name] = v
        return out

    def apply_defaults(self):
        args = self.arguments
        new = {}
        for name, p in self._signature.parameters.items():
            if name in args:
                new[name] = args[name]
            elif p.default is not _empty:
                new[name] = p.default
            elif p.kind == _VAR_POS:
                new[name] = ()
            elif p.kind == _VAR_KW:
                new[name] = {}
        self.arguments = new

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        return '<{} ({})>'.format(type(self).__name__, ', '.join(
            '{}={!r}'.format(k, v) for k, v in self.arguments.items()))


class Signature:
    __slots__ = ('_return_annotation', '_parameters')
    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments
    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        params = {}
        if parameters is not None:
            if __validate_parameters__:
                top = _POS_ONLY
                seen_default = False
                for p in parameters:
                    if p.kind < top:
                        raise ValueError('wrong parameter order: {} parameter before {} '
                                         'parameter'.format(top.description, p.kind.description))
                    if p.kind > top:
                        top = p.kind
                    if p.kind in (_POS_ONLY, _POS_KW):
                        if p.default is _empty:
                            if seen_default:
                                raise ValueError('non-default argument follows default argument')
                        else:
                            seen_default = True
                    if p.name in params:
                        raise ValueError('duplicate parameter name: {!r}'.format(p.name))
                    params[p.name] = p
            else:
                params = {p.name: p for p in parameters}
        self._parameters = types.MappingProxyType(params)
        self._return_annotation = return_annotation

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None,
                      eval_str=False):
        sig = _signature_of(obj, cls, follow_wrapped, True)
        if eval_str:
            # string annotations, evaluated in the module of the function
            fn = unwrap(obj) if follow_wrapped else obj
            g = getattr(fn, '__globals__', None) if globals is None else globals
            if g is None:
                g = getattr(sys.modules.get(getattr(fn, '__module__', None)), '__dict__', {})

            def ev(a):
                return eval(a, g, locals) if isinstance(a, str) else a
            sig = sig.replace(parameters=[p.replace(annotation=ev(p.annotation)) for p in sig.parameters.values()],
                              return_annotation=ev(sig.return_annotation))
        return sig

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = self._parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _key(self):
        ps = tuple(p for p in self._parameters.values() if p.kind != _KW_ONLY)
        kw = {p.name: p for p in self._parameters.values() if p.kind == _KW_ONLY}
        return ps, kw, self._return_annotation

    def __hash__(self):
        ps, kw, ret = self._key()
        return hash((ps, frozenset(kw.values()), ret))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return self._key() == other._key()

    def _bind(self, args, kwargs, partial=False):
        arguments = {}
        kwargs = dict(kwargs)
        n = 0
        var_kw = None
        has_var_kw = any(p.kind == _VAR_KW for p in self._parameters.values())
        for p in self._parameters.values():
            k = p.kind
            name = p.name
            if k > _VAR_POS and n < len(args):
                # positional arguments left over come before a missing keyword
                raise TypeError('too many positional arguments')
            if k <= _POS_KW and n < len(args):
                if k == _POS_KW and name in kwargs:
                    raise TypeError('multiple values for argument {!r}'.format(name))
                arguments[name] = args[n]
                n += 1
            elif k == _VAR_POS:
                if n < len(args):
                    arguments[name] = tuple(args[n:])
                    n = len(args)
            elif k == _VAR_KW:
                var_kw = p
            elif k == _POS_ONLY:
                if name in kwargs and not has_var_kw:
                    raise TypeError('{!r} parameter is positional only, but was passed '
                                    'as a keyword'.format(name))
                if not partial and p.default is _empty:
                    raise TypeError('missing a required argument: {!r}'.format(name))
            elif name in kwargs:
                arguments[name] = kwargs.pop(name)
            elif not partial and p.default is _empty:
                raise TypeError('missing a required argument: {!r}'.format(name))
        if n < len(args):
            raise TypeError('too many positional arguments')
        if kwargs:
            if var_kw is None:
                raise TypeError('got an unexpected keyword argument {!r}'.format(
                    next(iter(kwargs))))
            arguments[var_kw.name] = kwargs
        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, partial=True)

    def __repr__(self):
        return '<{} {}>'.format(type(self).__name__, self)

    def __str__(self):
        out = []
        prev = None
        for p in self._parameters.values():
            k = p.kind
            if prev == _POS_ONLY and k != _POS_ONLY:
                out.append('/')
            if k == _KW_ONLY and (prev is None or prev < _VAR_POS):
                out.append('*')
            out.append(str(p))
            prev = k
        if prev == _POS_ONLY:
            out.append('/')
        s = '(' + ', '.join(out) + ')'
        if self._return_annotation is not _empty:
            s += ' -> ' + formatannotation(self._return_annotation)
        return s


def _from_function(cls, func):
    co = func.__code__
    npos = co.co_argcount
    nposonly = co.co_posonlyargcount
    nkw = co.co_kwonlyargcount
    names = co.co_varnames
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    ann = getattr(func, '__annotations__', None) or {}
    P = cls._parameter_cls
    first_default = npos - len(defaults)
    params = []
    for i in range(npos):
        name = names[i]
        params.append(P(name, _POS_ONLY if i < nposonly else _POS_KW,
                        default=defaults[i - first_default] if i >= first_default else _empty,
                        annotation=ann.get(name, _empty)))
    i = npos + nkw
    if co.co_flags & CO_VARARGS:
        params.append(P(names[i], _VAR_POS, annotation=ann.get(names[i], _empty)))
        i += 1
    for name in names[npos:npos + nkw]:
        params.append(P(name, _KW_ONLY, default=kwdefaults.get(name, _empty),
                        annotation=ann.get(name, _empty)))
    if co.co_flags & CO_VARKEYWORDS:
        params.append(P(names[i], _VAR_KW, annotation=ann.get(names[i], _empty)))
    return cls(params, return_annotation=ann.get('return', _empty),
               __validate_parameters__=False)


def _drop_first(sig):
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KW, _KW_ONLY):
        raise ValueError('invalid method signature')
    if params[0].kind == _VAR_POS:
        return sig
    return sig.replace(parameters=params[1:])


def _partial_sig(sig, p):
    params = list(sig.parameters.values())
    args = list(p.args)
    out = []
    kw_from = False
    for q in params:
        if args and q.kind <= _POS_KW:
            args.pop(0)
            continue
        if args and q.kind == _VAR_POS:
            out.append(q)
            args = []
            continue
        if q.name in p.keywords:
            if q.kind == _POS_ONLY:
                raise ValueError('partial object {!r} has incorrect arguments'.format(p))
            q = q.replace(default=p.keywords[q.name], kind=_KW_ONLY)
            kw_from = True
        elif kw_from and q.kind == _POS_KW:
            q = q.replace(kind=_KW_ONLY)
        elif kw_from and q.kind == _VAR_POS:
            continue
        out.append(q)
    if args:
        raise ValueError('partial object {!r} has incorrect arguments'.format(p))
    out.sort(key=lambda q: q.kind)
    return sig.replace(parameters=out)


_builtin_kinds = (types.BuiltinFunctionType, types.WrapperDescriptorType,
                  types.MethodWrapperType, types.MethodDescriptorType)


def _user_method(cls, name):
    m = getattr(cls, name, None)
    return None if m is None or isinstance(m, _builtin_kinds) else m


def _signature_of(obj, cls, follow, skip_bound):
    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if ismethod(obj):
        sig = _signature_of(obj.__func__, cls, follow, skip_bound)
        return _drop_first(sig) if skip_bound else sig
    if follow:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__'))
        if ismethod(obj):
            return _signature_of(obj, cls, follow, skip_bound)
    try:
        sig = obj.__signature__
    except AttributeError:
        pass
    else:
        if sig is not None:
            if not isinstance(sig, Signature):
                raise TypeError('unexpected object {!r} in __signature__ attribute'.format(sig))
            return sig
    if isfunction(obj):
        return _from_function(cls, obj)
    if isinstance(obj, functools.partial):
        return _partial_sig(_signature_of(obj.func, cls, follow, skip_bound), obj)
    if isinstance(obj, type):
        call = _user_method(type(obj), '__call__')
        if call is not None and type(obj) is not type:
            sig = _signature_of(call, cls, follow, skip_bound)
        elif issubclass(obj, tuple) and isinstance(getattr(obj, '_fields', None), tuple) \
                and not isfunction(obj.__new__):
            # a namedtuple class (its __new__ is made in C here): the fields
            d = getattr(obj, '_field_defaults', {})
            a = getattr(obj, '__annotations__', {})
            return cls([Parameter(n, _POS_KW, default=d.get(n, _empty), annotation=a.get(n, _empty))
                        for n in obj._fields])
        else:
            new = _user_method(obj, '__new__')
            init = _user_method(obj, '__init__')
            factory = None
            for base in obj.__mro__:
                if new is not None and '__new__' in base.__dict__:
                    factory = new
                    break
                if init is not None and '__init__' in base.__dict__:
                    factory = init
                    break
            if factory is None:
                if obj.__init__ is object.__init__ and obj.__new__ is object.__new__ or \
                        '__module__' in obj.__dict__:
                    return cls([])
                raise ValueError('no signature found for builtin type {!r}'.format(obj))
            sig = _signature_of(factory, cls, follow, skip_bound)
            if factory is init and ismethod(init):
                return sig
        return _drop_first(sig) if skip_bound else sig
    if isinstance(obj, _builtin_kinds):
        raise ValueError('no signature found for builtin {!r}'.format(obj))
    call = _user_method(type(obj), '__call__')
    if call is not None:
        sig = _signature_of(call, cls, follow, skip_bound)
        return _drop_first(sig) if skip_bound else sig
    raise ValueError('callable {!r} is not supported by signature'.format(obj))


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped, globals=globals, locals=locals,
                                   eval_str=eval_str)


FullArgSpec = collections.namedtuple(
    'FullArgSpec', 'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations')


def getfullargspec(func):
    try:
        sig = _signature_of(func, Signature, False, False)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex
    args = []
    varargs = varkw = None
    defaults = ()
    kwonly = []
    kwdefaults = {}
    ann = {}
    if sig.return_annotation is not _empty:
        ann['return'] = sig.return_annotation
    for p in sig.parameters.values():
        k = p.kind
        if p.annotation is not _empty:
            ann[p.name] = p.annotation
        if k <= _POS_KW:
            args.append(p.name)
            if p.default is not _empty:
                defaults += (p.default,)
        elif k == _VAR_POS:
            varargs = p.name
        elif k == _KW_ONLY:
            kwonly.append(p.name)
            if p.default is not _empty:
                kwdefaults[p.name] = p.default
        else:
            varkw = p.name
    return FullArgSpec(args, varargs, varkw, defaults or None, kwonly,
                       kwdefaults or None, ann)

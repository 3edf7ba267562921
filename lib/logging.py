# logging: the standard logging API (loggers in a dotted-name tree, handlers,
# formatters, filters, basicConfig) written for this interpreter.
#
# A record travels: Logger.<level>() -> LogRecord -> the logger's filters ->
# the handlers of the logger and of its ancestors (while propagate is true)
# -> each handler's filters -> Formatter -> stream. When no handler at all is
# found, the record goes to `lastResort` (stderr, WARNING and above, bare
# message). There are no threads here, so the locks are placeholders.
import sys
import time
import os

__all__ = ['BASIC_FORMAT', 'BufferingFormatter', 'CRITICAL', 'DEBUG', 'ERROR',
           'FATAL', 'FileHandler', 'Filter', 'Formatter', 'Handler', 'INFO',
           'LogRecord', 'Logger', 'LoggerAdapter', 'NOTSET', 'NullHandler',
           'StreamHandler', 'WARN', 'WARNING', 'addLevelName', 'basicConfig',
           'captureWarnings', 'critical', 'debug', 'disable', 'error',
           'exception', 'fatal', 'getLevelName', 'getLogger', 'getLoggerClass',
           'info', 'log', 'makeLogRecord', 'setLoggerClass', 'shutdown',
           'warn', 'warning', 'getLogRecordFactory', 'setLogRecordFactory',
           'lastResort', 'raiseExceptions', 'getLevelNamesMapping']

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

raiseExceptions = True
logThreads = True
logMultiprocessing = True
logProcesses = True

BASIC_FORMAT = '%(levelname)s:%(name)s:%(message)s'

# Our own source file name as the compiler records it ('<frozen logging>'
# when frozen), so that frames of this module can be skipped when looking
# for the caller of a logging call.
try:
    _HERE = sys._getframe(0).f_code.co_filename
except (AttributeError, ValueError):
    _HERE = None

_loaded_at = time.time()

_names_of_levels = {
    CRITICAL: 'CRITICAL',
    ERROR: 'ERROR',
    WARNING: 'WARNING',
    INFO: 'INFO',
    DEBUG: 'DEBUG',
    NOTSET: 'NOTSET',
}
_levels_by_name = {
    'CRITICAL': CRITICAL,
    'FATAL': FATAL,
    'ERROR': ERROR,
    'WARN': WARNING,
    'WARNING': WARNING,
    'INFO': INFO,
    'DEBUG': DEBUG,
    'NOTSET': NOTSET,
}


def getLevelNamesMapping():
    return dict(_levels_by_name)


def getLevelName(level):
    name = _names_of_levels.get(level)
    if name is not None:
        return name
    number = _levels_by_name.get(level)
    if number is not None:
        return number
    return 'Level %s' % (level,)


def addLevelName(level, levelName):
    _names_of_levels[level] = levelName
    _levels_by_name[levelName] = level


def _level_number(level):
    # Accept an int or a registered level name; anything else is an error.
    if isinstance(level, int):
        return level
    if isinstance(level, str):
        if level not in _levels_by_name:
            raise ValueError('Unknown level: %r' % (level,))
        return _levels_by_name[level]
    raise TypeError('Level not an integer or a valid string: %r' % (level,))


_checkLevel = _level_number


class _NoLock:
    # Stand-in for a re-entrant lock: this interpreter runs one thread.
    def acquire(self, blocking=True, timeout=-1):
        return True

    def release(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


_module_lock = _NoLock()
# the private names CPython's logging has, which code that saves/restores logging state uses
_acquireLock = _module_lock.acquire
_releaseLock = _module_lock.release
_nameToLevel = _levels_by_name
_levelToName = _names_of_levels


def _file_base(path):
    k = path.rfind('/')
    return path[k + 1:] if k >= 0 else path


def _absolute(path):
    # os.path.abspath without depending on os.path
    if not path.startswith('/'):
        path = os.getcwd().rstrip('/') + '/' + path
    kept = []
    for part in path.split('/'):
        if part in ('', '.'):
            continue
        if part == '..':
            if kept:
                kept.pop()
            continue
        kept.append(part)
    return '/' + '/'.join(kept)


# ---------------------------------------------------------------- records

class LogRecord(object):
    def __init__(self, name, level, pathname, lineno, msg, args, exc_info,
                 func=None, sinfo=None, **kwargs):
        now = time.time()
        self.name = name
        self.msg = msg
        # log('%(a)s', {'a': 1}): a lone mapping argument is used directly
        if args and len(args) == 1 and isinstance(args[0], dict) and args[0]:
            args = args[0]
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.pathname = pathname
        self.filename = _file_base(pathname) if isinstance(pathname, str) else pathname
        if isinstance(self.filename, str):
            dot = self.filename.rfind('.')
            self.module = self.filename[:dot] if dot > 0 else self.filename
        else:
            self.module = 'Unknown module'
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = now
        self.msecs = int((now - int(now)) * 1000) + 0.0
        self.relativeCreated = (now - _loaded_at) * 1000
        self.thread = None
        self.threadName = 'MainThread' if logThreads else None
        self.processName = 'MainProcess' if logMultiprocessing else None
        self.process = os.getpid() if logProcesses else None

    def getMessage(self):
        text = str(self.msg)
        if self.args:
            text = text % self.args
        return text

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (
            self.name, self.levelno, self.pathname, self.lineno, self.msg)


_record_factory = LogRecord


def setLogRecordFactory(factory):
    global _record_factory
    _record_factory = factory


def getLogRecordFactory():
    return _record_factory


def makeLogRecord(dict):
    rec = _record_factory(None, None, '', 0, '', (), None, None)
    rec.__dict__.update(dict)
    return rec


# ---------------------------------------------------------------- formatting

def _merged(record, defaults):
    if not defaults:
        return record.__dict__
    values = dict(defaults)
    values.update(record.__dict__)
    return values


class PercentStyle(object):
    default_format = '%(message)s'
    asctime_format = '%(asctime)s'
    asctime_search = '%(asctime)'

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt or self.default_format
        self._extra_defaults = defaults

    def usesTime(self):
        return self.asctime_search in self._fmt

    def validate(self):
        import re
        spec = re.compile(r'%\(\w+\)[#0+ -]*(\*|\d+)?(\.(\*|\d+))?[diouxefgcrsa%]', re.I)
        if spec.search(self._fmt) is None:
            raise ValueError("Invalid format '%s' for '%s' style" % (self._fmt, '%'))

    def _format(self, record):
        return self._fmt % _merged(record, self._extra_defaults)

    def format(self, record):
        try:
            return self._format(record)
        except KeyError as e:
            raise ValueError('Formatting field not found in record: %s' % (e,))


class StrFormatStyle(PercentStyle):
    default_format = '{message}'
    asctime_format = '{asctime}'
    asctime_search = '{asctime'

    def validate(self):
        from string import Formatter
        fields = False
        for _, name, _, conv in Formatter().parse(self._fmt):
            if name is not None:
                fields = True
            if conv and conv not in 'rsa':
                raise ValueError('invalid conversion: %r' % (conv,))
        if not fields:
            raise ValueError('invalid format: no fields')

    def _format(self, record):
        return self._fmt.format(**_merged(record, self._extra_defaults))


class StringTemplateStyle(PercentStyle):
    default_format = '${message}'
    asctime_format = '${asctime}'
    asctime_search = '${asctime}'

    def __init__(self, fmt, *, defaults=None):
        PercentStyle.__init__(self, fmt, defaults=defaults)
        import string
        self._tpl = string.Template(self._fmt)

    def usesTime(self):
        return '$asctime' in self._fmt or self.asctime_search in self._fmt

    def validate(self):
        import re
        if re.search(r'\$(\w+|\{\w+\})', self._fmt) is None:
            raise ValueError('invalid format: no fields')

    def _format(self, record):
        return self._tpl.substitute(**_merged(record, self._extra_defaults))


_style_kinds = {
    '%': (PercentStyle, BASIC_FORMAT),
    '{': (StrFormatStyle, '{levelname}:{name}:{message}'),
    '$': (StringTemplateStyle, '${levelname}:${name}:${message}'),
}


class Formatter(object):
    converter = time.localtime
    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *, defaults=None):
        if style not in _style_kinds:
            raise ValueError('Style must be one of: %s' % ','.join(_style_kinds.keys()))
        self._style = _style_kinds[style][0](fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt = self._style._fmt
        self.datefmt = datefmt

    def formatTime(self, record, datefmt=None):
        when = self.converter(record.created)
        if datefmt:
            return time.strftime(datefmt, when)
        text = time.strftime(self.default_time_format, when)
        if self.default_msec_format:
            text = self.default_msec_format % (text, record.msecs)
        return text

    def formatException(self, ei):
        import traceback
        text = ''.join(traceback.format_exception(ei[0], ei[1], ei[2]))
        if text.endswith('\n'):
            text = text[:-1]
        return text

    def usesTime(self):
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def formatStack(self, stack_info):
        return stack_info

    def format(self, record):
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        text = self.formatMessage(record)
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            if not text.endswith('\n'):
                text += '\n'
            text += record.exc_text
        if record.stack_info:
            if not text.endswith('\n'):
                text += '\n'
            text += self.formatStack(record.stack_info)
        return text


_plain_formatter = Formatter()


class BufferingFormatter(object):
    def __init__(self, linefmt=None):
        self.linefmt = linefmt or _plain_formatter

    def formatHeader(self, records):
        return ''

    def formatFooter(self, records):
        return ''

    def format(self, records):
        if not records:
            return ''
        return (self.formatHeader(records)
                + ''.join([self.linefmt.format(r) for r in records])
                + self.formatFooter(records))


# ---------------------------------------------------------------- filters

class Filter(object):
    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        # pass records of the named logger and of its descendants
        if not self.name or record.name == self.name:
            return True
        return record.name.startswith(self.name + '.')


class Filterer(object):
    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        for f in self.filters:
            check = getattr(f, 'filter', None)
            verdict = check(record) if check is not None else f(record)
            if not verdict:
                return False
        return True


# ---------------------------------------------------------------- handlers

_named_handlers = {}          # handler name -> handler
_every_handler = []      # every handler created, flushed by shutdown()
_handlers = _named_handlers       # the names logging.config uses
_handlerList = _every_handler


def getHandlerByName(name):
    return _named_handlers.get(name)


def getHandlerNames():
    return frozenset(_named_handlers)


class Handler(Filterer):
    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._label = None
        self.level = _level_number(level)
        self.formatter = None
        self._is_closed = False
        _every_handler.append(self)
        self.createLock()

    def get_name(self):
        return self._label

    def set_name(self, name):
        if self._label in _named_handlers and _named_handlers[self._label] is self:
            del _named_handlers[self._label]
        self._label = name
        if name:
            _named_handlers[name] = self

    name = property(get_name, set_name)

    def createLock(self):
        self.lock = _NoLock()

    def acquire(self):
        self.lock.acquire()

    def release(self):
        self.lock.release()

    def setLevel(self, level):
        self.level = _level_number(level)

    def format(self, record):
        return (self.formatter or _plain_formatter).format(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented by Handler subclasses')

    def handle(self, record):
        ok = self.filter(record)
        if ok:
            self.emit(record)
        return ok

    def setFormatter(self, fmt):
        self.formatter = fmt

    def flush(self):
        pass

    def close(self):
        self._is_closed = True
        if self._label and _named_handlers.get(self._label) is self:
            del _named_handlers[self._label]

    def handleError(self, record):
        if not (raiseExceptions and sys.stderr):
            return
        err = sys.stderr
        try:
            import traceback
            err.write('--- Logging error ---\n')
            err.write(''.join(traceback.format_exception(*sys.exc_info())))
            err.write('Message: %r\nArguments: %s\n' % (record.msg, record.args))
        except Exception:
            pass

    def __repr__(self):
        return '<%s (%s)>' % (type(self).__name__, getLevelName(self.level))


class StreamHandler(Handler):
    __class_getitem__ = classmethod(type(list[int]))  # Queue[int] (PEP 585)
    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        self.stream = sys.stderr if stream is None else stream

    def flush(self):
        out = self.stream
        if out is not None and hasattr(out, 'flush'):
            out.flush()

    def emit(self, record):
        try:
            text = self.format(record)
            self.stream.write(text + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        if stream is self.stream:
            return None
        old = self.stream
        self.flush()
        self.stream = stream
        return old

    def __repr__(self):
        label = str(getattr(self.stream, 'name', ''))
        if label:
            label += ' '
        return '<%s %s(%s)>' % (type(self).__name__, label, getLevelName(self.level))


class FileHandler(StreamHandler):
    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        self.baseFilename = _absolute(os.fspath(filename) if hasattr(os, 'fspath') else filename)
        self.mode = mode
        self.encoding = encoding
        self.errors = errors
        self.delay = delay
        if delay:
            Handler.__init__(self)
            self.stream = None
        else:
            StreamHandler.__init__(self, self._open())

    def _open(self):
        if 'b' in self.mode:
            return open(self.baseFilename, self.mode)
        return open(self.baseFilename, self.mode, encoding=self.encoding or 'utf-8')

    def emit(self, record):
        if self.stream is None:
            if self.mode != 'w' or not self._is_closed:
                self.stream = self._open()
        if self.stream is not None:
            StreamHandler.emit(self, record)

    def close(self):
        out = self.stream
        if out is not None:
            try:
                self.flush()
            finally:
                self.stream = None
                if hasattr(out, 'close'):
                    out.close()
        StreamHandler.close(self)

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.baseFilename, getLevelName(self.level))


class NullHandler(Handler):
    def handle(self, record):
        pass

    def emit(self, record):
        pass

    def createLock(self):
        self.lock = None


class _CurrentStderr(StreamHandler):
    # The fallback handler: always writes to whatever sys.stderr is now.
    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    @property
    def stream(self):
        return sys.stderr


lastResort = _CurrentStderr(WARNING)


# ---------------------------------------------------------------- loggers

def _caller_info(stack_info, stacklevel):
    # Find the frame that called into logging, skip stacklevel-1 more.
    getframe = getattr(sys, '_getframe', None)
    if getframe is None:
        return '(unknown file)', 0, '(unknown function)', None
    try:
        frame = getframe(1)
    except ValueError:
        return '(unknown file)', 0, '(unknown function)', None
    while frame is not None and frame.f_code.co_filename == _HERE:
        frame = frame.f_back
    while frame is not None and stacklevel > 1:
        up = frame.f_back
        if up is None:
            break
        frame = up
        if frame.f_code.co_filename != _HERE:
            stacklevel -= 1
    if frame is None:
        return '(unknown file)', 0, '(unknown function)', None
    code = frame.f_code
    sinfo = None
    if stack_info:
        rows = []
        f = frame
        while f is not None:
            rows.append('  File "%s", line %d, in %s' % (f.f_code.co_filename, f.f_lineno, f.f_code.co_name))
            f = f.f_back
        rows.reverse()
        sinfo = 'Stack (most recent call last):\n' + '\n'.join(rows)
    return code.co_filename, frame.f_lineno, code.co_name, sinfo


class Logger(Filterer):
    root = None
    manager = None

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _level_number(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False

    def setLevel(self, level):
        self.level = _level_number(level)

    def getEffectiveLevel(self):
        node = self
        while node is not None:
            if node.level:
                return node.level
            node = node.parent
        return NOTSET

    def isEnabledFor(self, level):
        if self.disabled or self.manager.disable >= level:
            return False
        return level >= self.getEffectiveLevel()

    def debug(self, msg, *args, **kwargs):
        if self.isEnabledFor(DEBUG):
            self._log(DEBUG, msg, args, **kwargs)

    def info(self, msg, *args, **kwargs):
        if self.isEnabledFor(INFO):
            self._log(INFO, msg, args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        if self.isEnabledFor(WARNING):
            self._log(WARNING, msg, args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        try:
            import warnings
            warnings.warn("The 'warn' method is deprecated, use 'warning' instead",
                          DeprecationWarning, 2)
        except ImportError:
            pass
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        if self.isEnabledFor(CRITICAL):
            self._log(CRITICAL, msg, args, **kwargs)

    fatal = critical

    def log(self, level, msg, *args, **kwargs):
        if not isinstance(level, int):
            if raiseExceptions:
                raise TypeError('level must be an integer')
            return
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def findCaller(self, stack_info=False, stacklevel=1):
        return _caller_info(stack_info, stacklevel)

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info,
                   func=None, extra=None, sinfo=None):
        rec = _record_factory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        if extra is not None:
            for key in extra:
                if key in ('message', 'asctime') or key in rec.__dict__:
                    raise KeyError('Attempt to overwrite %r in LogRecord' % key)
                rec.__dict__[key] = extra[key]
        return rec

    def _log(self, level, msg, args, exc_info=None, extra=None,
                 stack_info=False, stacklevel=1):
        where = _caller_info(stack_info, stacklevel)
        if exc_info:
            if isinstance(exc_info, BaseException):
                exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
            elif not isinstance(exc_info, tuple):
                exc_info = sys.exc_info()
        rec = self.makeRecord(self.name, level, where[0], where[1], msg, args,
                              exc_info, where[2], extra, where[3])
        self.handle(rec)

    def handle(self, record):
        if not self.disabled and self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        if hdlr not in self.handlers:
            self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        if hdlr in self.handlers:
            self.handlers.remove(hdlr)

    def hasHandlers(self):
        node = self
        while node is not None:
            if node.handlers:
                return True
            if not node.propagate:
                return False
            node = node.parent
        return False

    def callHandlers(self, record):
        seen = 0
        node = self
        while node is not None:
            for h in node.handlers:
                seen += 1
                if record.levelno >= h.level:
                    h.handle(record)
            node = node.parent if node.propagate else None
        if seen:
            return
        if lastResort is not None:
            if record.levelno >= lastResort.level:
                lastResort.handle(record)
        elif raiseExceptions and not self.manager.emittedNoHandlerWarning:
            sys.stderr.write('No handlers could be found for logger "%s"\n' % self.name)
            self.manager.emittedNoHandlerWarning = True

    def getChild(self, suffix):
        if self.root is not self:
            suffix = self.name + '.' + suffix
        return self.manager.getLogger(suffix)

    def getChildren(self):
        return set(l for l in self.manager.loggerDict.values() if l.parent is self)

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.name,
                                 getLevelName(self.getEffectiveLevel()))


class RootLogger(Logger):
    def __init__(self, level):
        Logger.__init__(self, 'root', level)


_logger_class = Logger


class Manager(object):
    # Owns the tree: name -> logger, and links every logger to its nearest
    # existing ancestor (re-linking descendants when a middle one appears).
    def __init__(self, rootnode):
        self.root = rootnode
        self.disable = 0
        self.emittedNoHandlerWarning = False
        self.loggerDict = {}
        self.loggerClass = None
        self.logRecordFactory = None

    def getLogger(self, name):
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        found = self.loggerDict.get(name)
        if found is not None:
            return found
        made = (self.loggerClass or _logger_class)(name)
        made.manager = self
        self.loggerDict[name] = made
        self._link(made)
        return made

    def setLoggerClass(self, klass):
        if klass is not Logger and not issubclass(klass, Logger):
            raise TypeError('logger not derived from logging.Logger: ' + klass.__name__)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        self.logRecordFactory = factory

    def _link(self, made):
        name = made.name
        # nearest ancestor that exists
        parent = self.root
        cut = name.rfind('.')
        while cut > 0:
            above = self.loggerDict.get(name[:cut])
            if above is not None:
                parent = above
                break
            cut = name.rfind('.', 0, cut)
        made.parent = parent
        # descendants that skipped over us now hang below us
        lead = name + '.'
        for other in self.loggerDict.values():
            if other is made or not other.name.startswith(lead):
                continue
            up = other.parent
            if up is self.root or not up.name.startswith(lead):
                other.parent = made


root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(root)
root.manager = Logger.manager


def getLogger(name=None):
    if not name or (isinstance(name, str) and name == root.name):
        return root
    return Logger.manager.getLogger(name)


def getLoggerClass():
    return _logger_class


def setLoggerClass(klass):
    global _logger_class
    if klass is not Logger and not issubclass(klass, Logger):
        raise TypeError('logger not derived from logging.Logger: ' + klass.__name__)
    _logger_class = klass


class LoggerAdapter(object):
    __class_getitem__ = classmethod(type(list[int]))  # Queue[int] (PEP 585)
    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        kwargs['extra'] = self.extra
        return msg, kwargs

    def debug(self, msg, *args, **kwargs):
        self.log(DEBUG, msg, *args, **kwargs)

    def info(self, msg, *args, **kwargs):
        self.log(INFO, msg, *args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        self.log(WARNING, msg, *args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        self.log(WARNING, msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        self.log(ERROR, msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        self.log(CRITICAL, msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            msg, kwargs = self.process(msg, kwargs)
            self.logger.log(level, msg, *args, **kwargs)

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    @property
    def manager(self):
        return self.logger.manager

    @property
    def name(self):
        return self.logger.name

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.logger.name,
                                 getLevelName(self.logger.getEffectiveLevel()))


# ---------------------------------------------------------------- configuration

def basicConfig(**kwargs):
    if kwargs.pop('force', False):
        for h in root.handlers[:]:
            root.removeHandler(h)
            h.close()
    if root.handlers:
        return
    handlers = kwargs.pop('handlers', None)
    if handlers is None:
        if 'stream' in kwargs and 'filename' in kwargs:
            raise ValueError("'stream' and 'filename' should not be specified together")
    elif 'stream' in kwargs or 'filename' in kwargs:
        raise ValueError("'stream' or 'filename' should not be specified together with 'handlers'")
    if handlers is None:
        filename = kwargs.pop('filename', None)
        mode = kwargs.pop('filemode', 'a')
        if filename:
            handlers = [FileHandler(filename, mode, encoding=kwargs.pop('encoding', None),
                                    errors=kwargs.pop('errors', 'backslashreplace'))]
        else:
            handlers = [StreamHandler(kwargs.pop('stream', None))]
    kwargs.pop('encoding', None)
    kwargs.pop('errors', None)
    datefmt = kwargs.pop('datefmt', None)
    style = kwargs.pop('style', '%')
    if style not in _style_kinds:
        raise ValueError('Style must be one of: %s' % ','.join(_style_kinds.keys()))
    fmt = kwargs.pop('format', _style_kinds[style][1])
    shared = Formatter(fmt, datefmt, style)
    for h in handlers:
        if h.formatter is None:
            h.setFormatter(shared)
        root.addHandler(h)
    level = kwargs.pop('level', None)
    if level is not None:
        root.setLevel(level)
    if kwargs:
        raise ValueError('Unrecognised argument(s): %s' % ', '.join(kwargs.keys()))


def _auto_config():
    if not root.handlers:
        basicConfig()


def critical(msg, *args, **kwargs):
    _auto_config()
    root.critical(msg, *args, **kwargs)


fatal = critical


def error(msg, *args, **kwargs):
    _auto_config()
    root.error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    error(msg, *args, exc_info=exc_info, **kwargs)


def warning(msg, *args, **kwargs):
    _auto_config()
    root.warning(msg, *args, **kwargs)


def warn(msg, *args, **kwargs):
    try:
        import warnings
        warnings.warn("The 'warn' function is deprecated, use 'warning' instead",
                      DeprecationWarning, 2)
    except ImportError:
        pass
    warning(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    _auto_config()
    root.info(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    _auto_config()
    root.debug(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    _auto_config()
    root.log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    root.manager.disable = _level_number(level)


def shutdown(handlerList=None):
    for h in reversed(_every_handler if handlerList is None else handlerList):
        try:
            h.flush()
            h.close()
        except (OSError, ValueError):
            pass


_saved_showwarning = None


def _warning_to_log(message, category, filename, lineno, file=None, line=None):
    import warnings
    if file is not None:
        if _saved_showwarning is not None:
            _saved_showwarning(message, category, filename, lineno, file, line)
        return
    text = warnings.formatwarning(message, category, filename, lineno, line)
    target = getLogger('py.warnings')
    if not target.handlers:
        target.addHandler(NullHandler())
    target.warning('%s', text)


def captureWarnings(capture):
    global _saved_showwarning
    import warnings
    if capture:
        if _saved_showwarning is None:
            _saved_showwarning = warnings.showwarning
            warnings.showwarning = _warning_to_log
    elif _saved_showwarning is not None:
        warnings.showwarning = _saved_showwarning
        _saved_showwarning = None


def currentframe():
    return sys._getframe(1)

# logging.config: set up loggers, handlers, formatters and filters from a
# dictionary (dictConfig, schema version 1) or from an INI file read with
# configparser (fileConfig, which is turned into such a dictionary).
# Written for this interpreter.
import logging

DEFAULT_LOGGING_CONFIG_PORT = 9030


def valid_ident(s):
    if not s.isidentifier():
        raise ValueError('Not a valid Python identifier: %r' % s)
    return True


def _resolve(name):
    # 'pkg.mod.attr' -> object, importing modules along the way
    parts = name.split('.')
    used = parts.pop(0)
    found = __import__(used)
    for part in parts:
        used += '.' + part
        try:
            found = getattr(found, part)
        except AttributeError:
            __import__(used)
            found = getattr(found, part)
    return found


def _wrap(what, name, fn, *args):
    # run one configuration step; any failure becomes CPython's ValueError
    try:
        return fn(*args)
    except Exception as e:
        raise ValueError('Unable to configure ' + what + ('' if name is None else ' %r' % name)) from e


class DictConfigurator(object):
    # Strings 'ext://a.b' name external objects; the constructor replaces
    # them, deeply. ('cfg://' references are not supported.)
    def __init__(self, config):
        self.config = self.convert(config)

    def convert(self, value):
        if isinstance(value, dict):
            return {k: self.convert(v) for k, v in value.items()}
        if isinstance(value, (list, tuple)):
            return type(value)(self.convert(v) for v in value)
        if isinstance(value, str) and value.startswith('ext://'):
            return _resolve(value[6:])
        return value

    def configure_custom(self, config):
        config = dict(config)
        make = config.pop('()')
        if not callable(make):
            make = _resolve(make)
        props = config.pop('.', None) or {}
        result = make(**{k: v for k, v in config.items() if k.isidentifier()})
        for k in props:
            setattr(result, k, props[k])
        return result

    def configure(self):
        config = self.config
        if 'version' not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config['version'] != 1:
            raise ValueError('Unsupported version: %s' % config['version'])
        incremental = config.get('incremental', False)
        handlers = config.get('handlers', {})
        loggers = config.get('loggers', {})
        root = config.get('root')
        if incremental:
            # only levels (and propagate) of what exists already change
            for name in handlers:
                h = logging._handlers.get(name)
                if h is None:
                    raise ValueError('No handler found with name %r' % name)
                level = handlers[name].get('level')
                if level:
                    _wrap('handler', name, h.setLevel, logging._checkLevel(level))
        else:
            logging._handlers.clear()
            logging.shutdown(logging._handlerList[:])
            del logging._handlerList[:]
            for kind, make in (('formatter', self.configure_formatter),
                               ('filter', self.configure_filter)):
                table = config.get(kind + 's', {})
                for name in table:
                    table[name] = _wrap(kind, name, make, table[name])
            # a MemoryHandler whose target comes later waits for a second pass
            order = sorted(handlers)
            for name in order:
                t = handlers[name].get('target')
                if t in handlers and not isinstance(handlers[t], logging.Handler):
                    order.append(name)
                    continue
                handlers[name] = _wrap('handler', name, self.configure_handler, handlers[name])
                handlers[name].name = name
            # existing loggers the configuration does not name are disabled,
            # except those below a named one (CPython keeps a placeholder for
            # every ancestor, so a new name counts too)
            children = []
            existing = sorted(logging.root.manager.loggerDict)
            for name in loggers:
                children.extend(n for n in existing if n.startswith(name + '.'))
                if name in existing:
                    existing.remove(name)
        for name in loggers:
            logger = logging.getLogger(name)
            _wrap('logger', name, self._logger, logger, loggers[name], incremental)
            logger.disabled = False
            if loggers[name].get('propagate') is not None:
                logger.propagate = loggers[name]['propagate']
        if not incremental:
            for name in existing:
                logger = logging.root.manager.loggerDict[name]
                if name in children:
                    logger.setLevel(logging.NOTSET)
                    logger.handlers = []
                    logger.propagate = True
                else:
                    logger.disabled = config.get('disable_existing_loggers', True)
        if root:
            _wrap('root logger', None, self._logger, logging.root, root, incremental)

    def configure_formatter(self, config):
        if '()' in config:
            try:
                return self.configure_custom(config)
            except TypeError as e:
                # a Formatter-like factory: its argument is fmt, the dict key is 'format'
                if "'format'" not in str(e):
                    raise
                config = dict(config)
                config['fmt'] = config.pop('format')
                return self.configure_custom(config)
        klass = config.get('class')
        args = [config.get('format'), config.get('datefmt'), config.get('style', '%')]
        if 'validate' in config:
            args.append(config['validate'])
        return (_resolve(klass) if klass else logging.Formatter)(*args)

    def configure_filter(self, config):
        if '()' in config:
            return self.configure_custom(config)
        return logging.Filter(config.get('name', ''))

    def _attach(self, target, names, kind):
        # add the named (or given) filters or handlers to a logger/handler
        for n in names or ():
            try:
                if kind == 'handler':
                    target.addHandler(self.config['handlers'][n])
                else:
                    target.addFilter(n if callable(n) or hasattr(n, 'filter')
                                     else self.config['filters'][n])
            except Exception as e:
                raise ValueError('Unable to add %s %r' % (kind, n)) from e

    def configure_handler(self, config):
        config = dict(config)
        fmt = config.pop('formatter', None)
        if fmt:
            try:
                fmt = self.config['formatters'][fmt]
            except Exception as e:
                raise ValueError('Unable to set formatter %r' % (fmt,)) from e
        level = config.pop('level', None)
        filters = config.pop('filters', None)
        if '()' not in config:
            config['()'] = _resolve(config.pop('class'))
        if 'target' in config:
            t = config['target']
            try:
                config['target'] = self.config['handlers'][t]
                if not isinstance(config['target'], logging.Handler):
                    raise TypeError('target not configured yet')
            except Exception as e:
                raise ValueError('Unable to set target handler %r' % (t,)) from e
        h = self.configure_custom(config)
        if fmt:
            h.setFormatter(fmt)
        if level is not None:
            h.setLevel(logging._checkLevel(level))
        self._attach(h, filters, 'filter')
        return h

    def _logger(self, logger, config, incremental):
        level = config.get('level')
        if level is not None:
            logger.setLevel(logging._checkLevel(level))
        if not incremental:
            for h in logger.handlers[:]:
                logger.removeHandler(h)
            self._attach(logger, config.get('handlers'), 'handler')
            self._attach(logger, config.get('filters'), 'filter')


dictConfigClass = DictConfigurator


def dictConfig(config):
    dictConfigClass(config).configure()


def fileConfig(fname, defaults=None, disable_existing_loggers=True, encoding=None):
    import configparser
    import os
    if isinstance(fname, str):
        if not os.path.exists(fname):
            raise FileNotFoundError("%s doesn't exist" % fname)
        if not os.stat(fname)[6]:
            raise RuntimeError('%s is an empty file' % fname)
    if isinstance(fname, configparser.RawConfigParser):
        cp = fname
    else:
        try:
            cp = configparser.ConfigParser(defaults)
            if hasattr(fname, 'readline'):
                cp.read_file(fname)
            else:
                cp.read(fname, encoding=encoding)
        except configparser.ParsingError as e:
            raise RuntimeError('%s is invalid: %s' % (fname, e))

    def names(text):
        return [n.strip() for n in text.split(',')] if text else []

    def section(kind, name):
        # the options of [kind_name], uninterpolated for formatters
        return dict(cp.items(kind + '_' + name, raw=kind == 'formatter'))

    # class, args and kwargs of a handler are Python expressions
    space = vars(logging)

    def make_handler(klass, args, kwargs):
        try:
            klass = eval(klass, space)
        except (AttributeError, NameError):
            klass = _resolve(klass)
        return lambda: klass(*eval(args, space), **eval(kwargs, space))

    handlers = {}
    targets = []
    for name in names(cp['handlers']['keys']):
        sect = section('handler', name)
        h = handlers[name] = {'()': make_handler(sect['class'], sect.get('args', '()'),
                                                 sect.get('kwargs', '{}'))}
        for key in ('level', 'formatter'):
            if sect.get(key):
                h[key] = sect[key]
        if sect.get('target'):
            targets.append((name, sect['target']))
    loggers = {}
    for name in names(cp['loggers']['keys']):
        sect = section('logger', name)
        loggers[sect.get('qualname', 'root')] = {
            'level': sect.get('level'), 'handlers': names(sect['handlers']),
            'propagate': int(sect.get('propagate', 1))}
    root = loggers.pop('root')
    del root['propagate']
    dictConfig({'version': 1, 'handlers': handlers, 'loggers': loggers, 'root': root,
                'disable_existing_loggers': disable_existing_loggers,
                'formatters': {n: section('formatter', n) for n in names(cp['formatters']['keys'])}})
    for name, t in targets:
        logging._handlers[name].setTarget(logging._handlers[t])

# logging: the private names code uses to save/restore state, _log as the overridable
# funnel, disable() level checking, dictConfig '()' formatters given 'format', '{' validation
import io
import logging
import logging.config

# private aliases point at the live tables
print(logging._nameToLevel['INFO'], logging._levelToName[logging.WARNING])
logging._acquireLock()
try:
    saved = logging._handlers.copy()
    saved_list = logging._handlerList[:]
finally:
    logging._releaseLock()
print(len(saved) == len(logging._handlers), saved_list == logging._handlerList)

# a Logger subclass overriding _log sees every call
logged = []
class MyLogger(logging.Logger):
    def _log(self, level, msg, args, exc_info=None, extra=None, **kw):
        logged.append((level, msg % args if args else msg))
man = logging.Manager(None)
man.setLoggerClass(MyLogger)
lg = man.getLogger('k.test')
lg.warning('w %d', 1)
lg.info('i')
lg.log(logging.ERROR, 'e')
lg.debug('d %s', 'x')
print(logged)

# disable() checks its level like setLevel does
for bad in ('doesnotexist', 1.5, None):
    try:
        logging.disable(bad)
        print('no error', bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
logging.disable('INFO')
print(logging.root.manager.disable)
logging.disable(logging.NOTSET)

# dictConfig: a '()' formatter factory whose parameter is fmt, given the key 'format'
class MyFormatter(logging.Formatter):
    pass
stream = io.StringIO()
logging.config.dictConfig({
    'version': 1,
    'formatters': {'f': {'()': MyFormatter, 'format': 'K:%(levelname)s:%(message)s'}},
    'handlers': {'h': {'class': 'logging.StreamHandler', 'formatter': 'f', 'stream': stream}},
    'loggers': {'kcfg': {'handlers': ['h'], 'level': 'INFO'}},
})
logging.getLogger('kcfg').info('hello')
print(repr(stream.getvalue()))
# a factory that fails for another reason still reports the error
def broken(**kw):
    raise TypeError('something else')
try:
    logging.config.dictConfig({'version': 1, 'formatters': {'f': {'()': broken, 'format': 'x'}}})
except ValueError as e:
    print('ValueError', str(e)[:30])

# '{' style validation: nested fields, conversions, no fields
for fmt in ('{foo:12.{p}}', '{message!r}', '{{literal}}', 'no fields', '{x!z}', '{x'):
    try:
        logging.Formatter(fmt, style='{')
        print('ok', fmt)
    except ValueError:
        print('ValueError', fmt)
f = logging.Formatter('{msg:>{w}}', style='{', defaults={'w': 6})
r = logging.LogRecord('n', logging.INFO, 'p', 1, 'ab', None, None)
print(repr(f.format(r)))

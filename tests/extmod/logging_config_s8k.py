# logging.config: dictConfig and fileConfig
import io
import logging
import logging.config
import sys

buf = io.StringIO()


class Upper(logging.Filter):
    def filter(self, record):
        record.msg = str(record.msg).upper()
        return True


def make_formatter(fmt, prefix):
    return logging.Formatter(prefix + fmt)


old = logging.getLogger('old.one')
kept = logging.getLogger('app.sub')
logging.config.dictConfig({
    'version': 1,
    'formatters': {
        'plain': {'format': '%(levelname)s %(name)s: %(message)s'},
        'brace': {'format': '{levelname}|{message}', 'style': '{'},
        'custom': {'()': make_formatter, 'fmt': '%(message)s', 'prefix': '>> '},
    },
    'filters': {
        'only_app': {'name': 'app'},
        'upper': {'()': Upper},
    },
    'handlers': {
        'buf': {'class': 'logging.StreamHandler', 'stream': 'ext://__main__.buf',
                'formatter': 'plain', 'level': 'DEBUG'},
        'out': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout',
                'formatter': 'brace', 'filters': ['only_app'], 'level': logging.INFO},
        'cust': {'()': logging.StreamHandler, 'stream': 'ext://sys.stdout',
                 'formatter': 'custom', 'filters': ['upper'], '.': {'tag': 'T'}},
    },
    'loggers': {
        'app': {'level': 'DEBUG', 'handlers': ['buf', 'out'], 'propagate': False},
        'other': {'handlers': ['cust'], 'level': 'WARNING'},
    },
    'root': {'level': 'ERROR', 'handlers': ['buf']},
})
app = logging.getLogger('app')
app.debug('dbg %d', 1)
app.info('info')
logging.getLogger('app.sub').warning('from child')
logging.getLogger('other').warning('shout')
logging.getLogger('other').info('quiet')
logging.getLogger('zzz').error('root gets it')
print(repr(buf.getvalue()))
print(old.disabled, kept.disabled, app.propagate, app.level, logging.getLogger().level)
print(sorted(h.name for h in app.handlers), logging.getLogger('other').handlers[0].tag)

# incremental: only levels change
logging.config.dictConfig({'version': 1, 'incremental': True,
                           'handlers': {'buf': {'level': 'ERROR'}},
                           'loggers': {'app': {'level': 'INFO'}}})
print(app.level, app.handlers[0].level, len(app.handlers))

# disable_existing_loggers=False keeps old loggers on
logging.config.dictConfig({'version': 1, 'disable_existing_loggers': False,
                           'loggers': {'new': {'level': 'INFO'}}})
print(logging.getLogger('app').disabled, logging.getLogger('new').level)


def err(cfg):
    try:
        logging.config.dictConfig(cfg)
        print('ok')
    except Exception as e:
        print(type(e).__name__, e, '<-', e.__cause__ is not None)

err({})
err({'version': 2})
err({'version': 1, 'handlers': {'h': {'class': 'logging.NoSuchHandler'}}})
err({'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler', 'formatter': 'nf'}}})
err({'version': 1, 'loggers': {'x': {'handlers': ['missing']}}})
err({'version': 1, 'loggers': {'x': {'level': 'LOUD'}}})
err({'version': 1, 'root': {'filters': ['nf']}})
err({'version': 1, 'incremental': True, 'handlers': {'gone': {}}})

# fileConfig from a file object
INI = """
[loggers]
keys=root,db

[handlers]
keys=console

[formatters]
keys=short

[logger_root]
level=WARNING
handlers=console

[logger_db]
level=DEBUG
handlers=console
qualname=app.db
propagate=0

[handler_console]
class=StreamHandler
level=DEBUG
formatter=short
args=(sys.stdout,)

[formatter_short]
format=[%(levelname)s] %(name)s %(message)s
"""
logging.config.fileConfig(io.StringIO(INI))
db = logging.getLogger('app.db')
db.debug('query %s', 'x')
logging.getLogger('misc').warning('warn root')
logging.getLogger('misc').info('not shown')
print(db.propagate, db.level, logging.getLogger('app').disabled, logging.getLogger().handlers[0].name)
logging.config.fileConfig(io.StringIO(INI), disable_existing_loggers=False)
print(logging.getLogger('app').disabled)
try:
    logging.config.fileConfig('/nonexistent.ini')
except FileNotFoundError as e:
    print('FileNotFoundError', e)
print(logging.config.valid_ident('abc'))
try:
    logging.config.valid_ident('a-b')
except ValueError as e:
    print(e)

# logging.config.dictConfig: deferred MemoryHandler target, custom factories, errors
import logging, logging.config, logging.handlers, io, sys
buf = io.StringIO()
cfg = {
    'version': 1,
    'formatters': {'f': {'format': '%(name)s/%(levelname)s/%(message)s', 'validate': True}},
    'handlers': {
        'a_mem': {'class': 'logging.handlers.MemoryHandler', 'capacity': 2, 'target': 'z_out',
                  'level': 'INFO'},
        'z_out': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout', 'formatter': 'f'},
    },
    'root': {'handlers': ['a_mem'], 'level': 'DEBUG'},
}
logging.config.dictConfig(cfg)
logging.info('one'); logging.debug('skip'); logging.warning('two')
m = logging.root.handlers[0]
print(type(m).__name__, m.target.name, m.capacity, m.level)
# custom factories get converted keyword arguments, '.' sets attributes
class Obj:
    def __init__(self, **kw): self.kw = kw
    def filter(self, r): return True
logging.config.dictConfig({'version': 1, 'filters': {'o': {'()': Obj, 'x': 'ext://sys.maxsize', 'y': [1], '.': {'z': 3}}},
    'root': {'filters': ['o']}})
print(logging.root.filters[0].z)
print(logging.root.filters[0].kw)
print(logging.root.handlers)
try:
    logging.config.dictConfig({'version': 1, 'formatters': {'bad': {'format': 'x', 'validate': True}}})
except ValueError as e:
    print(e, '|', e.__cause__)
try:
    logging.config.dictConfig({'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler', 'filters': ['nope']}}})
except ValueError as e:
    print(e, '|', e.__cause__)

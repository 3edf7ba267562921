# logging.config.fileConfig: defaults interpolation, args/kwargs, styles, errors
import logging, logging.config, io, os
INI = """
[loggers]
keys = root, web

[handlers]
keys = out, file

[formatters]
keys = brief, full

[logger_root]
handlers = out

[logger_web]
level = INFO
handlers = file
qualname = web.app

[handler_out]
class = StreamHandler
args = (sys.stdout,)
formatter = brief

[handler_file]
class = logging.FileHandler
args = ('%(logdir)s/k_fc_s8k.log', 'w')
kwargs = {'encoding': 'utf-8'}
formatter = full
level = WARNING

[formatter_brief]
format = %(levelname)s:%(message)s

[formatter_full]
format = {name} {levelname} {message}
style = {
"""
logging.getLogger('web.app.sub').setLevel(logging.ERROR)
logging.config.fileConfig(io.StringIO(INI), defaults={'logdir': '/tmp'})
w = logging.getLogger('web.app')
w.info('dropped by handler level'); w.warning('to file')
logging.getLogger('web.app.sub').warning('sub to file and root')
logging.warning('root only')
logging.getLogger('web.app').handlers[0].close()
print(open('/tmp/k_fc_s8k.log').read(), end='')
print(logging.root.level, w.level, logging.getLogger('web.app.sub').level, w.propagate)
p = '/tmp/k_empty_s8k.ini'
open(p, 'w').close()
try:
    logging.config.fileConfig(p)
except RuntimeError as e:
    print('RuntimeError', e)
open(p, 'w').write('garbage\n')
try:
    logging.config.fileConfig(p)
except Exception as e:
    print(type(e).__name__)
os.remove(p); os.remove('/tmp/k_fc_s8k.log')

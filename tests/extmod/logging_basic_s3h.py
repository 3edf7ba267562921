# logging: loggers, levels, formatters, filters, basicConfig, adapters (compared with CPython)
import logging, sys, io

# The runner starts CPython with an absolute script path and us with a
# relative one: show traceback file names without their directory.
class TbFormatter(logging.Formatter):
    def formatException(self, ei):
        text = logging.Formatter.formatException(self, ei)
        return '\n'.join([l.replace(l[l.find('"') + 1:l.rfind('/') + 1], '') if l.startswith('  File "') else l
                          for l in text.split('\n')])

print(logging.getLevelName(10), logging.getLevelName('INFO'), logging.getLevelName(15), logging.WARN, logging.FATAL)
logging.addLevelName(15, 'VERBOSE')
print(logging.getLevelName(15), logging.getLevelName('VERBOSE'))
root = logging.getLogger()
print(root, root is logging.root, logging.getLogger('root') is root)
a = logging.getLogger('a')
abc = logging.getLogger('a.b.c')
print(abc.parent is a)
ab = logging.getLogger('a.b')
print(abc.parent is ab, ab.parent is a, a.parent is root)
print(a, ab.getChild('c') is abc, logging.getLogger('a').getChild('x').name)
h = logging.StreamHandler(sys.stdout)
print(h)
a.addHandler(h)
a.setLevel(logging.INFO)
abc.debug('not shown')
abc.info('hello %s', 'world')
abc.warning('num %d %5.2f', 3, 2.5)
abc.log(25, 'custom %(x)s', {'x': 42})
print(abc, abc.getEffectiveLevel(), abc.isEnabledFor(20), abc.isEnabledFor(10))
h.setFormatter(logging.Formatter('%(levelname)s:%(name)s:%(message)s'))
abc.error('err')
abc.critical('crit')
abc.log(15, 'v')
abc.setLevel('DEBUG')
abc.log(15, 'verbose now')
h.setFormatter(logging.Formatter('[%(levelname)-8s] %(name)s %(module)s %(filename)s %(funcName)s %(lineno)d: %(message)s'))
def func():
    abc.info('in func')
func()
abc.info('at top')
h.setFormatter(logging.Formatter('{levelname}|{name}|{message}', style='{'))
abc.info('brace %s', 1)
h.setFormatter(logging.Formatter('$levelname/${name}/$message', style='$'))
abc.info('dollar')
h.setFormatter(logging.Formatter('%(levelno)s %(message)s %(user)s', defaults={'user': 'anon'}))
abc.info('defaults')
abc.info('extra', extra={'user': 'bob'})
try:
    abc.info('x', extra={'message': 1})
except KeyError as e:
    print('KeyError', e)
h.setFormatter(TbFormatter('%(levelname)s %(message)s'))
try:
    raise ValueError('boom')
except ValueError:
    abc.exception('failed')
    abc.error('again', exc_info=True)
abc.error('no exc', exc_info=True)
try:
    raise KeyError('k')
except KeyError as e:
    err = e
abc.warning('with obj', exc_info=err)
# propagation
ab.propagate = False
abc.info('blocked')
ab.propagate = True
print(abc.hasHandlers(), logging.getLogger('zz').hasHandlers())
# filters
class F(logging.Filter):
    def filter(self, rec):
        return 'secret' not in rec.getMessage()
h.addFilter(F())
abc.info('a secret')
abc.info('public')
h.filters.clear()
a.addFilter(lambda r: r.levelno > 20)
a.info('dropped by logger filter')
a.warning('kept')
a.filters.clear()
flt = logging.Filter('a.b')
for n in ['a', 'a.b', 'a.b.c', 'a.bc']:
    print(n, flt.filter(logging.makeLogRecord({'name': n})))
# level errors
for bad in ['NOPE', 1.5, None]:
    try:
        a.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    a.log('INFO', 'x')
except TypeError as e:
    print('TypeError', e)
try:
    logging.Formatter('no fields')
except ValueError as e:
    print('ValueError', e)
try:
    logging.Formatter('x', style='x')
except ValueError as e:
    print('ValueError', e)
try:
    logging.getLogger(5)
except TypeError as e:
    print('TypeError', e)
r = logging.LogRecord('n', 20, '/x/y/mod.py', 12, 'msg %s', ('a',), None, 'fn')
print(r, r.getMessage(), r.filename, r.module, r.levelname, r.funcName, r.exc_text, r.args)
r = logging.makeLogRecord({'msg': 'hi', 'levelno': 30})
print(r.getMessage(), r.levelno)
# adapter
ad = logging.LoggerAdapter(abc, {'user': 'ada'})
h.setFormatter(logging.Formatter('%(user)s %(message)s'))
ad.info('via adapter')
print(ad, ad.name)
a.removeHandler(h)
# disable
buf = io.StringIO()
h2 = logging.StreamHandler(buf)
a.addHandler(h2)
logging.disable(logging.WARNING)
a.warning('disabled')
a.error('enabled')
logging.disable(logging.NOTSET)
print(repr(buf.getvalue()))
# NullHandler
n = logging.getLogger('nul')
n.addHandler(logging.NullHandler())
n.warning('nothing')
print(n.hasHandlers(), logging.NullHandler())
print(logging.Handler(), logging.Handler(logging.INFO).level)
# basicConfig to stdout
logging.basicConfig(stream=sys.stdout, level=logging.DEBUG)
logging.debug('module debug %s', 1)
logging.info('module info')
logging.warning('module warn')
logging.getLogger('q').info('q info')
logging.basicConfig(stream=sys.stdout, format='ignored %(message)s')
logging.info('still default format')
logging.basicConfig(stream=sys.stdout, format='%(name)s::%(levelname)s::%(message)s', force=True)
logging.error('forced')
print(root.level, len(root.handlers))
try:
    logging.basicConfig(force=True, stream=sys.stdout, filename='x')
except ValueError as e:
    print('ValueError', e)
try:
    logging.basicConfig(force=True, bogus=1)
except ValueError as e:
    print('ValueError', e)
logging.basicConfig(force=True, stream=sys.stdout, style='{', format='{levelname}-{message}', level='INFO')
logging.info('brace config')
print(logging.Formatter().usesTime(), logging.Formatter('%(asctime)s').usesTime())
f = logging.Formatter('%(asctime)s %(message)s', datefmt='%Y')
rec = logging.makeLogRecord({'msg': 'm', 'created': 0.0, 'msecs': 0.0})
print(len(f.format(rec)))
f2 = logging.Formatter('%(asctime)s|%(message)s')
s = f2.format(rec)
print(len(s), s[4], s[7], s[10], s[13], s[19])
print(logging.Formatter('%(message)s %(created)f').format(logging.makeLogRecord({'msg': 'c', 'created': 1.5})))
print(sorted(logging.getLevelNamesMapping().items())[:3])

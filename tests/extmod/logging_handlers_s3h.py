# logging: lastResort, FileHandler, exc_info tracebacks, stacklevel (compared with CPython)
import logging, sys, os

# The runner starts CPython with an absolute script path and us with a
# relative one: show traceback file names without their directory.
class TbFormatter(logging.Formatter):
    def formatException(self, ei):
        text = logging.Formatter.formatException(self, ei)
        return '\n'.join([l.replace(l[l.find('"') + 1:l.rfind('/') + 1], '') if l.startswith('  File "') else l
                          for l in text.split('\n')])

lg = logging.getLogger('x.y')
lg.warning('last resort %d', 1)
lg.info('not shown')
lg.error('err')
fn = '/tmp/h_log_s3h_%d.log' % os.getpid()
fh = logging.FileHandler(fn, mode='w')
print(repr(fh) == '<FileHandler %s (NOTSET)>' % fn)
fh.setFormatter(logging.Formatter('%(levelname)s %(name)s %(message)s'))
lg.addHandler(fh)
lg.warning('to file')
lg.error('line two')
fh.close()
print(open(fn).read())
logging.basicConfig(filename=fn, filemode='w', format='%(message)s', level=logging.INFO)
logging.info('via basicConfig')
logging.shutdown()
print(open(fn).read())
os.remove(fn)
def inner():
    raise RuntimeError('deep')
def outer():
    inner()
h = logging.StreamHandler(sys.stdout)
h.setFormatter(TbFormatter())
lg.addHandler(h)
try:
    outer()
except RuntimeError:
    lg.exception('caught %s', 'it')
lg.info('stack', stack_info=False)
def wrap():
    lg.warning('where', stacklevel=2)
h.setFormatter(logging.Formatter('%(funcName)s:%(lineno)d %(message)s'))
def caller():
    wrap()
caller()
logging.warning('root auto')
print(len(logging.root.handlers), logging.lastResort.level)

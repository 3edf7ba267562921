# logging.handlers: rotating files, memory/queue buffering, socket pickles.
import logging, logging.handlers, os, tempfile, queue, pickle, struct

d = tempfile.mkdtemp()
base = os.path.join(d, 'app.log')
log = logging.getLogger('s8g.rot')
log.propagate = False
h = logging.handlers.RotatingFileHandler(base, maxBytes=40, backupCount=2)
h.setFormatter(logging.Formatter('%(message)s'))
log.addHandler(h)
for i in range(12):
    log.warning('message number %d', i)
h.close()
log.removeHandler(h)
print(sorted(os.listdir(d)))
for n in sorted(os.listdir(d)):
    with open(os.path.join(d, n)) as f:
        print(n, f.read().split('\n'))

# namer and rotator
h = logging.handlers.RotatingFileHandler(base, maxBytes=10, backupCount=1)
h.namer = lambda name: name + '.renamed'
moves = []
def rot(src, dst):
    moves.append((os.path.basename(src), os.path.basename(dst)))
    os.rename(src, dst)
h.rotator = rot
log.addHandler(h)
log.warning('0123456789')
log.warning('abc')
h.close()
log.removeHandler(h)
print(moves, os.path.exists(base + '.1.renamed'))
for n in os.listdir(d):
    os.remove(os.path.join(d, n))

# timed rotation: bookkeeping only (no waiting)
t = logging.handlers.TimedRotatingFileHandler(base, when='S', interval=5, backupCount=3)
print(t.suffix, t.interval, t.rolloverAt - int(os.stat(base).st_mtime) if os.path.exists(base) else 'delay')
print(bool(t.extMatch.match('2024-01-02_03-04-05')), bool(t.extMatch.match('2024-01-02')))
for w in ('M', 'H', 'D', 'MIDNIGHT', 'W3'):
    t2 = logging.handlers.TimedRotatingFileHandler(base, when=w, delay=True)
    print(w, t2.suffix, t2.interval, bool(t2.extMatch.match('2024-01-02')))
    t2.close()
for bad in ('X', 'W', 'W7'):
    try:
        logging.handlers.TimedRotatingFileHandler(base, when=bad, delay=True)
    except ValueError as e:
        print('ValueError', e)
t.rolloverAt = 0
log.addHandler(t)
log.warning('rolled')
log.removeHandler(t)
t.close()
names = sorted(os.listdir(d))
print(len(names), names[0], bool(t.extMatch.match(names[1][len('app.log.'):])))
for n in names:
    os.remove(os.path.join(d, n))

# watched file: reopens after the file is removed
w = logging.handlers.WatchedFileHandler(base)
log.addHandler(w)
log.warning('one')
os.remove(base)
log.warning('two')
w.close()
log.removeHandler(w)
with open(base) as f:
    print(f.read())
os.remove(base)
os.rmdir(d)

# memory handler
class Keep(logging.Handler):
    def __init__(self):
        logging.Handler.__init__(self)
        self.seen = []
    def emit(self, record):
        self.seen.append(record.getMessage())
k = Keep()
m = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=k)
log.addHandler(m)
log.warning('a'); log.warning('b')
print(k.seen, len(m.buffer))
log.warning('c')
print(k.seen, len(m.buffer))
log.warning('d'); log.error('e')
print(k.seen)
log.warning('f')
m.close()
print(k.seen, m.target)
log.removeHandler(m)
b = logging.handlers.BufferingHandler(2)
b.emit(logging.makeLogRecord({'msg': 'x'}))
print(len(b.buffer), b.shouldFlush(None))
b.emit(logging.makeLogRecord({'msg': 'y'}))
print(len(b.buffer))

# queue handler and listener
q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
log.addHandler(qh)
log.warning('hello %s', 'queue')
r = q.get_nowait()
print(r.msg, r.args, r.getMessage())
k2 = Keep()
k2.setLevel(logging.ERROR)
lst = logging.handlers.QueueListener(q, k2, respect_handler_level=True)
lst.start()
log.warning('w1'); log.error('e1')
lst.stop()
print(k2.seen)
lst = logging.handlers.QueueListener(q, k2)
lst.start()
log.warning('w2')
lst.stop()
print(k2.seen)
log.removeHandler(qh)

# socket handler pickles
sh = logging.handlers.SocketHandler('localhost', None)
rec = logging.makeLogRecord({'msg': 'v=%d', 'args': (5,), 'name': 'n'})
data = sh.makePickle(rec)
n, = struct.unpack('>L', data[:4])
d2 = pickle.loads(data[4:])
print(n == len(data) - 4, d2['msg'], d2['args'], d2['name'])
print(logging.handlers.DEFAULT_TCP_LOGGING_PORT, logging.handlers.DEFAULT_UDP_LOGGING_PORT)

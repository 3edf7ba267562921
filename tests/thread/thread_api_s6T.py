# threading API details: default names, daemon flag, accessors, repr (without
# idents), errors of start/join, module constants.
import threading


def f():
    pass


t1 = threading.Thread(target=f)
t2 = threading.Thread()
t3 = threading.Thread(target=f, name='custom', daemon=True)
t4 = threading.Thread(target=len, args=('',))
for t in (t1, t2, t3, t4):
    print(t.name, t.daemon, t.ident, t.native_id, t.is_alive())
print(repr(t1), repr(t3))
t1.name = 'renamed'
print(t1.name, t1.getName(), t1.isDaemon())
t1.setName('again')
t1.setDaemon(True)
print(t1.getName(), t1.daemon)
try:
    t2.join()
except RuntimeError as e:
    print('RuntimeError', e)
t2.start()
t2.join()
print(repr(t2).split(',')[1].split()[0])
try:
    t2.start()
except RuntimeError as e:
    print('RuntimeError', e)
try:
    t2.daemon = True
except RuntimeError as e:
    print('RuntimeError', e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print('RuntimeError', e)
t2.join(0.5)
t2.join(0)
t2.join(-1)
print(t2.is_alive())

# A thread started by a daemon thread is a daemon too.
out = []


def child():
    out.append(threading.current_thread().daemon)


def parent():
    c = threading.Thread(target=child)
    out.append(c.daemon)
    c.start()
    c.join()


p = threading.Thread(target=parent, daemon=True)
p.start()
p.join()
print(out)
print(type(threading.TIMEOUT_MAX).__name__, threading.TIMEOUT_MAX > 1e6)
print(threading.ThreadError is RuntimeError)
print(type(threading.stack_size()).__name__)
print(threading.settrace(None), threading.setprofile(None))
print(threading.currentThread() is threading.current_thread())
print(threading.activeCount() == threading.active_count())
print(threading.get_native_id() == threading.main_thread().native_id)
print(issubclass(threading.BrokenBarrierError, RuntimeError))
print(threading.excepthook is threading.__excepthook__)

# An exception leaving a thread goes to threading.excepthook: the default one
# prints "Exception in thread NAME:" and the traceback to sys.stderr.
import io
import sys
import threading


def boom():
    raise ValueError('boom')


err = io.StringIO()
old = sys.stderr
sys.stderr = err
t = threading.Thread(target=boom, name='bad')
t.start()
t.join()
sys.stderr = old
lines = err.getvalue().splitlines()
print(lines[0])
print(lines[1])
print(lines[-1])
print(t.is_alive())

seen = []


def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                 args.exc_traceback is not None))


threading.excepthook = hook
t = threading.Thread(target=boom)
t.start()
t.join()
t = threading.Thread(target=lambda: {}['k'], name='kk')
t.start()
t.join()
t = threading.Thread(target=sys.exit, args=(3,), name='quiet')
t.start()
t.join()
print(seen)

# SystemExit is silent with the default hook too.
threading.excepthook = threading.__excepthook__
err = io.StringIO()
sys.stderr = err
t = threading.Thread(target=sys.exit)
t.start()
t.join()
sys.stderr = old
print(repr(err.getvalue()))

# atexit: handlers run last-registered first at exit, with their arguments;
# one that raises is reported on stderr and the others still run.
import atexit

def show(*args, **kwargs):
    print('show', args, sorted(kwargs.items()))

def bad():
    raise ValueError('boom')

print(atexit.register(show, 1, x=2) is show)
atexit.register(bad)
atexit.register(show, 3)
atexit._run_exitfuncs()
print('ran once')
atexit._run_exitfuncs()
print('nothing left')

atexit.register(show, 'dropped')
atexit.register(show, 'dropped too')
print(atexit.unregister(show))
atexit._run_exitfuncs()
print('unregistered')
atexit.register(print, 'cleared')
atexit._clear()
atexit._run_exitfuncs()

try:
    atexit.register(5)
except TypeError:
    print('TypeError')
try:
    atexit.register()
except TypeError:
    print('TypeError')
print(atexit.unregister(len))

@atexit.register
def last():
    print('last handler (runs last)')

atexit.register(show, 'at exit', k=1)
atexit.register(bad)
atexit.register(lambda: print('first at exit'))
print('end of script')

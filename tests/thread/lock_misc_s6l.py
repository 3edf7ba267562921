# Locks take weak references; their repr says whether they are held;
# interrupt_main() called by the main thread raises before the next line, so
# a with block's __exit__ sees the KeyboardInterrupt.
import _thread, weakref

l = _thread.allocate_lock()
r = weakref.ref(l)
print(r() is l)
print(repr(l).split(' object at ')[0])
l.acquire()
print(repr(l).split(' object at ')[0])
l.release()

class CM:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print('exit', t)
        return True

with CM():
    _thread.interrupt_main()
    print('not reached')
print('after')
try:
    _thread.interrupt_main()
    print('not reached')
except KeyboardInterrupt:
    print('KeyboardInterrupt')

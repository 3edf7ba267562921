# threading.local is CPython's _thread._local: its name, module and repr; del of a
# missing attribute says which class has none.
import threading, re
d = threading.local()
print(type(d).__name__, type(d).__module__, re.sub('0x[0-9a-f]+', '', repr(d)))
class L(threading.local):
    pass
l = L()
l.x = 1
print(type(l).__name__, l.x, isinstance(l, threading.local), L.__mro__[1].__name__)
# deleting a missing attribute: the AttributeError names the class
l.y = 2
del l.y
try:
    del l.nope
except AttributeError as e:
    print(e)
print(hasattr(l, "y"), l.x)

# Once an except block is left, the exception it caught (and what that
# refers to) can be collected: the frame keeps no hidden reference to it.
import gc

try:
    import weakref
except ImportError:
    print("SKIP")
    raise SystemExit


class C:
    pass


wr = None


def recurse():
    global wr
    c = C()
    wr = weakref.ref(c)
    recurse()


def catch_recursion():
    try:
        recurse()
    except RecursionError:
        print("alive in handler", wr() is not None)


catch_recursion()
gc.collect()
print("recursion frames collected", wr() is None)


class Err(Exception):
    def __init__(self, obj):
        self.obj = obj


def make_and_raise(kind):
    # obj is only referred to by the exception.
    obj = C()
    refs.append(weakref.ref(obj))
    raise kind(obj)


def handle(how):
    if how == 0:
        try:
            make_and_raise(Err)
        except Err as e:
            pass
    elif how == 1:
        try:
            make_and_raise(Err)
        except Err:
            pass
    else:
        try:
            make_and_raise(Err)
        except:
            pass


refs = []
for how in range(3):
    handle(how)
    gc.collect()
    print("handler", how, refs[-1]() is None)

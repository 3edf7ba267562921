# An exception nothing can catch (in __del__, a weak reference callback, a
# weakref.finalize callback, a thread's function) goes to
# sys.unraisablehook(args), args an UnraisableHookArgs; the default hook
# writes "Exception ignored in: <object>" and the traceback to sys.stderr.
# A hook that raises is itself reported by the default one.
import gc
import io
import sys
import weakref

print(sys.unraisablehook is sys.__unraisablehook__)

# What each hook call received, by exception type: the conservative
# collector may see a dropped object late (a stale word on the C stack), so
# the tests below drop objects until the report comes, and tolerate repeats.
seen = {}


def hook(a):
    seen.setdefault(a.exc_type.__name__, a)


class C:
    def __del__(self):
        raise ValueError("in __del__")


class D:
    pass


def drop_c():
    C()


def drop_ref():
    d = D()
    return weakref.ref(d, lambda r: 1 / 0)


def drop_finalize():
    d = D()
    return weakref.finalize(d, lambda: [][1])


def until(done, drop):
    keep = []
    for _ in range(20):
        keep.append(drop())
        gc.collect()
        if done():
            return True
    return False


def show(a):
    obj = a.object
    print(type(a).__name__, len(a), isinstance(a, tuple))
    print(a.exc_type.__name__, repr(a.exc_value), type(a.exc_traceback).__name__)
    print(a.err_msg, type(obj).__name__, getattr(obj, "__name__", None))
    print(a[0] is a.exc_type, a[1] is a.exc_value, a[3] is a.err_msg, a[4] is a.object)
    print(a.exc_value.__traceback__ is a.exc_traceback)


sys.unraisablehook = hook
print(until(lambda: "ValueError" in seen, drop_c))
print(until(lambda: "ZeroDivisionError" in seen, drop_ref))
print(until(lambda: "IndexError" in seen, drop_finalize))
sys.unraisablehook = sys.__unraisablehook__
for name in ("ValueError", "ZeroDivisionError", "IndexError"):
    show(seen[name])

buf = None


def reported(*texts):
    return lambda: all(t in buf.getvalue() for t in texts)


def captured(drop, *texts):
    # The report goes to sys.stderr; the object's address and the source
    # lines (CPython underlines them) are left out of the comparison.
    global buf
    saved = sys.stderr
    sys.stderr = buf = io.StringIO()
    try:
        ok = until(reported(*texts), drop)
    finally:
        sys.stderr = saved
    print(ok, buf.getvalue().startswith(texts[0]))


# The default hook, through sys.stderr.
C_REPORT = ("Exception ignored in: <function C.__del__ at 0x", "Traceback (most recent call last):\n",
    "\nValueError: in __del__\n")
captured(drop_c, *C_REPORT)


# A hook that raises: reported with the hook as the object.
def bad(a):
    raise KeyError("in hook")


sys.unraisablehook = bad
captured(drop_c, "Exception ignored in sys.unraisablehook: <function bad at 0x", "\nKeyError: 'in hook'\n")

# No sys.unraisablehook at all: the default report.
del sys.unraisablehook
captured(drop_c, *C_REPORT)
sys.unraisablehook = sys.__unraisablehook__

# sys.stderr None: nothing is written, the program goes on.
saved = sys.stderr
sys.stderr = None
drop_c()
gc.collect()
sys.stderr = saved
print("went on")

# The default hook called directly, with arguments a hook received.
captured(lambda: sys.__unraisablehook__(seen["IndexError"]),
    "Exception ignored in: <finalize object at 0x", "\nIndexError: list index out of range\n")

for bad_arg in (1, None, (1, 2, 3, 4, 5)):
    try:
        sys.__unraisablehook__(bad_arg)
    except TypeError as e:
        print("TypeError:", e)

# A thread's function that raises (without the threading module).
import _thread
import time

got = []
sys.unraisablehook = lambda a: got.append(a) if a.exc_type is ZeroDivisionError else None
_thread.start_new_thread(lambda: 1 / 0, ())
for _ in range(500):
    if got:
        break
    time.sleep(0.01)
sys.unraisablehook = sys.__unraisablehook__
print(got[0].err_msg, got[0].exc_type.__name__, got[0].object.__name__)

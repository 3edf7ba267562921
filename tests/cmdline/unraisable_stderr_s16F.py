# What the default sys.unraisablehook writes to stderr (CPython 3.11's text,
# less the source carets): "Exception ignored in: <object>" and the
# traceback, for __del__, a weak reference callback and weakref.finalize;
# the program goes on. A hook that raises is reported as "Exception ignored
# in sys.unraisablehook"; when even that report cannot be written (sys.stderr
# raises too) a plain line goes to the stderr fd.
# The conservative collector may see a dropped object late, so each step
# drops objects until one is finalised, and only the first raises.
import gc
import sys
import weakref

raised = set()


def once(what, exc):
    if what not in raised:
        raised.add(what)
        raise exc


class C:
    def __del__(self):
        once(self.step, ValueError("in __del__"))


class D:
    pass


def drop_c(step):
    C().step = step


def drop_ref(step):
    d = D()
    return weakref.ref(d, lambda r: once(step, ZeroDivisionError("in callback")))


def drop_finalize(step):
    d = D()
    return weakref.finalize(d, lambda: once(step, IndexError("in finalize")))


def until(drop, step):
    keep = []
    for _ in range(20):
        keep.append(drop(step))
        gc.collect()
        if step in raised:
            break
    print("after", step)


until(drop_c, "__del__")
until(drop_ref, "callback")
until(drop_finalize, "finalize")


def bad_hook(a):
    raise KeyError("in hook")


sys.unraisablehook = bad_hook
until(drop_c, "bad hook")


class BrokenStream:
    def write(self, s):
        raise OSError("cannot write")


sys.stderr = BrokenStream()
until(drop_c, "broken stderr")
sys.stderr = sys.__stderr__
print("end")

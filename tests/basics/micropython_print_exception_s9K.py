# sys.print_exception (MicroPython-only API) with tracebacks made under
# micropython.heap_lock(): the traceback is kept, and the message line is
# "Type: " even when the exception has no args (MicroPython's format).
import micropython, sys, io


def show(e):
    buf = io.StringIO()
    sys.print_exception(e, buf)
    for l in buf.getvalue().split("\n"):
        if l.startswith("  File "):
            l = l.split('"')
            print(l[0], l[2])
        else:
            print(l)


# A preallocated exception raised again under the lock.
pre = StopIteration()
try:
    raise pre
except StopIteration:
    pass


def raise_pre():
    micropython.heap_lock()
    global pre
    pre.__traceback__ = None
    try:
        raise pre
    except StopIteration:
        print("StopIteration")
    micropython.heap_unlock()


raise_pre()
show(pre)


# A new exception made under the lock (the emergency one) keeps its args.
def emg(arg):
    micropython.heap_lock()
    try:
        raise ValueError(arg)
    except ValueError as er:
        exc = er
    micropython.heap_unlock()
    show(exc)


emg(1)
emg("text")


# A message formatted by C code under the lock, and one with a repr.
def fmt():
    micropython.heap_lock()
    try:
        int("4x2")
    except ValueError as er:
        exc = er
    micropython.heap_unlock()
    show(exc)


fmt()


# Nested calls, no args, empty str arg, several args, an exception class.
def inner():
    raise KeyError


def outer():
    inner()


try:
    outer()
except KeyError as e:
    show(e)
for e in (ValueError(""), OSError(2, "x"), TypeError("a", "b"), StopIteration(None)):
    show(e)

# Chained exceptions print each with its traceback.
try:
    try:
        1 // 0
    except ZeroDivisionError:
        raise ValueError("second")
except ValueError as e:
    show(e)

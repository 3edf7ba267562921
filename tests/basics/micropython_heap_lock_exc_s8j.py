# Under micropython.heap_lock() no exception can be allocated, so (as in
# MicroPython) built-in exceptions raised there use a preallocated emergency
# exception: the intended type is still caught, with its arguments (up to two)
# or C message, and a traceback. CPython has no micropython module, so the
# expected output is a hand-written .exp file.
import micropython
import sys

out = [None]
D = {}
L = []
T = (1, 2)


def r_cls():
    raise ValueError


def r_inst():
    raise ValueError("x")


def r_many():
    raise ValueError(1, 2, 3)


def r_zdiv():
    return 1 // 0


def r_key():
    return D[1]


def r_list():
    return L[1]


def r_tuple():
    return T[5]


def r_name():
    return undefined_name


def r_attr():
    return r_cls.nope


def r_os():
    raise OSError(2, "nf")


def catch(f):
    try:
        f()
    except MemoryError:
        out[0] = "MemoryError"
    except Exception as e:
        out[0] = e


def run(f):
    catch(f)  # once unlocked, so that nothing is made lazily under the lock
    micropython.heap_lock()
    catch(f)
    micropython.heap_unlock()
    e = out[0]
    print(type(e).__name__, e.args)


run(r_cls)
run(r_inst)
run(r_many)
run(r_zdiv)
run(r_key)
run(r_list)
run(r_tuple)
run(r_name)
run(r_attr)
run(r_os)


# The traceback of what fits, and a new exception raised while handling one.
def inner():
    raise KeyError("deep")


def outer():
    try:
        1 // 0
    except ZeroDivisionError:
        inner()


run(outer)
import io

buf = io.StringIO()
sys.print_exception(out[0], buf)
for line in buf.getvalue().split("\n"):
    print(line[line.find(",") :] if line.startswith("  File") else line)


# A C message longer than the emergency buffer is cut (on a character
# boundary); alloc_emergency_exception_buf makes room for a longer one.
def r_long():
    return véééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé


catch(r_long)
full = out[0].args[0]
micropython.heap_lock()
catch(r_long)
micropython.heap_unlock()
cut = out[0].args[0]
print(type(out[0]).__name__, len(cut) < len(full), full.startswith(cut), len(cut) > 50)
micropython.alloc_emergency_exception_buf(300)
micropython.heap_lock()
catch(r_long)
micropython.heap_unlock()
print(type(out[0]).__name__, out[0].args[0] == full)

# Exceptions made after unlocking are ordinary, distinct objects.
try:
    raise ValueError("a")
except ValueError as e1:
    try:
        raise ValueError("b")
    except ValueError as e2:
        print(e1 is e2, e1, e2)

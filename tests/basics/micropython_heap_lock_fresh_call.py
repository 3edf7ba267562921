# MicroPython-only (micropython.heap_lock; hence the .exp): a function never
# run before may be called under the lock (its global-name cache is simply
# not made), and sys.print_exception prints an exception's message there.
import micropython
import sys


def first_call():
    return len("abc")


def other():
    return first_call() + 1


micropython.heap_lock()
try:
    r = other()
except MemoryError:
    r = "MemoryError"
micropython.heap_unlock()
print(r)
micropython.heap_lock()
try:
    raise ValueError("under the lock")
except ValueError as e:
    sys.print_exception(e, sys.stdout)
micropython.heap_unlock()
print(other())

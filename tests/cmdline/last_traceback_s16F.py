# An uncaught exception is kept as sys.last_type, sys.last_value and
# sys.last_traceback before it is reported (CPython does so for scripts as
# well as the REPL): an atexit function sees them, and
# traceback.print_last() prints it again.
import atexit
import sys
import traceback


def at_exit():
    print("atexit:", sys.last_type.__name__, sys.last_value, sys.last_traceback.tb_lineno)
    print("same:", sys.last_value.__traceback__ is sys.last_traceback)
    traceback.print_last()


print("before:", hasattr(sys, "last_type"), hasattr(sys, "last_value"), hasattr(sys, "last_traceback"))
atexit.register(at_exit)
raise KeyError("uncaught")

# An uncaught exception goes to sys.excepthook(type, value, traceback), as
# in CPython; the exit status stays 1.
import sys


def hook(t, v, tb):
    print("hook:", t.__name__, v, type(tb).__name__, tb.tb_lineno, file=sys.stderr)
    print("default:", sys.__excepthook__ is not hook, file=sys.stderr)


sys.excepthook = hook
print("before")
raise ValueError("caught by the hook")

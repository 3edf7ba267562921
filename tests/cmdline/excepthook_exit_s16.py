# A sys.excepthook that raises SystemExit ends the program with that status
# and nothing more is printed, as CPython does.
import sys


def hook(t, v, tb):
    print("hook saw", t.__name__, v)
    sys.exit(3)


sys.excepthook = hook
raise ValueError("original")

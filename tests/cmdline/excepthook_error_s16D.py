# A sys.excepthook that itself fails: CPython reports the hook's error, then
# the original exception.
import sys


def hook(t, v, tb):
    raise KeyError("in hook")


sys.excepthook = hook
raise ValueError("original")

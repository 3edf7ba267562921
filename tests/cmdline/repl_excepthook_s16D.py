# The REPL reports an error through sys.excepthook too, and goes on.
# cmdline: -i {script}
# stdin: 1 / 0\nprint("next line runs")\n
import sys


def hook(t, v, tb):
    print("hook:", t.__name__, v)


sys.excepthook = hook

# The default sys.excepthook prints the source line (stripped) under each
# traceback entry, as CPython does; none for code run by exec() ("<string>").
import sys, io


def inner():
    raise ValueError("boom")


def outer():
		inner()


def via_exec():
    exec("inner()")


def report(fn):
    try:
        fn()
    except ValueError:
        t, v, tb = sys.exc_info()
    old = sys.stderr
    sys.stderr = io.StringIO()
    try:
        sys.excepthook(t, v, tb)
    finally:
        out = sys.stderr.getvalue()
        sys.stderr = old
    # (CPython names the script by its absolute path.)
    for line in out.splitlines():
        if line.startswith('  File "'):
            line = '  File "' + line[8:].split('/')[-1]
        print(line)


report(outer)
report(via_exec)

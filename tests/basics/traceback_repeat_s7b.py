# A printed traceback shows a run of identical entries (recursion) as three
# entries and "[Previous line repeated N more times]", as CPython does.
import io
import sys


def rec(n):
    if n == 0:
        raise ValueError('bottom')
    rec(n - 1)


def ping(n):
    if n == 0:
        raise KeyError('k')
    pong(n - 1)


def pong(n):
    ping(n)


for depth, fn in ((2, rec), (3, rec), (4, rec), (50, rec), (6, ping)):
    try:
        fn(depth)
    except Exception:
        err = io.StringIO()
        saved = sys.stderr
        sys.stderr = err
        try:
            sys.excepthook(*sys.exc_info())
        finally:
            sys.stderr = saved
    lines = err.getvalue().splitlines()
    # Only the shape: File lines by function name, repeat notes, the error.
    print(depth, [l.rsplit(' ', 1)[-1] if l.startswith('  File') else l.strip() for l in lines
                  if not l.startswith('    ') and '~' not in l and '^' not in l])

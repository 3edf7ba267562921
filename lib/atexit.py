# atexit: several exit handlers on top of the port's single sys.atexit hook.
# Handlers run last-registered first; one that raises (SystemExit too) is
# reported on stderr and the rest still run, as in CPython. Unregistered
# slots stay as None until the list is run or cleared, which is what
# CPython 3.11's _ncallbacks() counts.
import sys

_funcs = []


def register(func, *args, **kwargs):
    if not callable(func):
        raise TypeError('the first argument must be callable')
    _funcs.append((func, args, kwargs))
    return func


def unregister(func):
    for i, h in enumerate(_funcs):
        if h and h[0] == func:
            _funcs[i] = None


def _clear():
    _funcs.clear()


def _ncallbacks():
    return len(_funcs)


def _run_exitfuncs():
    while _funcs:
        h = _funcs.pop()
        if h:
            try:
                h[0](*h[1], **h[2])
            except BaseException as e:
                print('Exception ignored in atexit callback:', repr(h[0]), file=sys.stderr)
                sys.print_exception(e, sys.stderr)


sys.atexit(_run_exitfuncs)

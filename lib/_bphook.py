# The default sys.breakpointhook (py/modsys.c): $PYTHONBREAKPOINT names the
# callable to run as "module.name" or a builtin's name; "0" turns it off and
# unset or empty means pdb.set_trace.
import os


def hook(*a, **k):
    n = os.getenv("PYTHONBREAKPOINT") or "pdb.set_trace"
    if n == "0":
        return
    m, d, f = n.rpartition(".")
    try:
        if d and not m or not f:
            raise ImportError
        f = getattr(__import__(m or "builtins", None, None, (f,)), f)
    except (ImportError, AttributeError, ValueError):
        import warnings

        return warnings.warn('Ignoring unimportable $PYTHONBREAKPOINT: "%s"' % n, RuntimeWarning)
    return f(*a, **k)

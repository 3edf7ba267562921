# cpytest stub: importing helpers
import sys
import unittest
import contextlib


def import_module(name, deprecated=False, *, required_on=()):
    try:
        mod = __import__(name)
    except ImportError as exc:
        raise unittest.SkipTest(str(exc))
    for part in name.split('.')[1:]:
        mod = getattr(mod, part)
    return mod


def import_fresh_module(name, fresh=(), blocked=(), deprecated=False):
    # Imports `name` anew with the `fresh` modules reloaded and the `blocked`
    # ones made unimportable; None when that fails. A missing C accelerator
    # in `fresh` (such as _json, which we do not have) is ignored: the test's
    # "C" variant then runs against our one implementation too, which is
    # what most such tests need in order to load at all.
    fresh = list(fresh)
    blocked = list(blocked)
    roots = [name] + fresh
    saved = {}
    for n in list(sys.modules):
        if any(n == r or n.startswith(r + '.') for r in roots):
            saved[n] = sys.modules.pop(n)
    absent = [b for b in blocked if b not in sys.modules]
    for b in blocked:
        if b in sys.modules:
            saved[b] = sys.modules[b]
        sys.modules[b] = None
    try:
        for f in fresh:
            try:
                __import__(f)
            except ImportError:
                if not f.startswith('_'):
                    raise
        mod = __import__(name)
        for part in name.split('.')[1:]:
            mod = getattr(mod, part)
    except ImportError:
        mod = None
    finally:
        for n in list(sys.modules):
            if any(n == r or n.startswith(r + '.') for r in roots) or n in blocked:
                del sys.modules[n]
        sys.modules.update(saved)
    return mod


@contextlib.contextmanager
def CleanImport(*names):
    saved = {n: sys.modules[n] for n in names if n in sys.modules}
    for n in names:
        sys.modules.pop(n, None)
    try:
        yield
    finally:
        for n in names:
            sys.modules.pop(n, None)
        sys.modules.update(saved)


@contextlib.contextmanager
def DirsOnSysPath(*paths):
    saved = sys.path[:]
    sys.path.extend(paths)
    try:
        yield
    finally:
        sys.path[:] = saved


def unload(name):
    sys.modules.pop(name, None)


def forget(modname):
    unload(modname)


def make_legacy_pyc(source):
    raise unittest.SkipTest('no .pyc files')


@contextlib.contextmanager
def isolated_modules():
    saved = dict(sys.modules)
    try:
        yield
    finally:
        for k in list(sys.modules):
            if k not in saved:
                del sys.modules[k]


def modules_setup():
    return (dict(sys.modules),)


def modules_cleanup(saved):
    for k in list(sys.modules):
        if k not in saved:
            del sys.modules[k]


def ready_to_import(*a, **k):
    raise unittest.SkipTest('ready_to_import')

# importlib: import_module, reload, and the finders of sys.meta_path, run by
# the C importer (py/builtinimport.c) through _meta_load. Its submodules util,
# machinery, abc and metadata are lib/importlib/*.py.
import sys

__path__ = []


def import_module(name, package=None):
    if name[:1] == '.':
        if not package:
            raise TypeError('relative import needs package')
        rest = name.lstrip('.')
        n = len(name) - len(rest)
        base = package.rsplit('.', n - 1)
        if len(base) < n:
            raise ImportError('beyond top-level package')
        name = base[0] + '.' + rest if rest else base[0]
    __import__(name)
    return sys.modules[name]


def reload(module):
    # .py: run again in place; frozen: re-import into it; C: left as is.
    name = module.__name__
    f = getattr(module, '__file__', '')
    if f.endswith('.py'):
        with open(f) as src:
            exec(compile(src.read(), f, 'exec'), module.__dict__)
        return module
    del sys.modules[name]
    try:
        module.__dict__.update(import_module(name).__dict__)
    except TypeError:
        pass
    finally:
        sys.modules[name] = module
    return module

def invalidate_caches():
    for f in sys.meta_path:
        if hasattr(f, 'invalidate_caches'):
            f.invalidate_caches()


# importlib.util.module_from_spec: a module made by the loader (or a plain
# one), with the attributes CPython sets from the spec where the module has none.
def _from_spec(spec):
    ldr = spec.loader
    m = None
    if hasattr(ldr, 'create_module'):
        m = ldr.create_module(spec)
    elif hasattr(ldr, 'exec_module'):
        raise ImportError('loaders that define exec_module() must also define create_module()')
    return _init_attrs(m or type(sys)(spec.name), spec)


def _init_attrs(m, spec):
    for k, v in (('__loader__', spec.loader), ('__package__', spec.parent), ('__spec__', spec),
                 ('__path__', spec.submodule_search_locations), ('__file__', spec.origin if spec.has_location else None)):
        if v is not None and getattr(m, k, None) is None:
            setattr(m, k, v)
    return m


# Runs the spec's loader: exec_module in a new module registered first (and
# taken out again if it fails), or the older load_module.
def _load(spec):
    name = spec.name
    ldr = spec.loader
    if ldr is None:
        raise ImportError('missing loader', name=name)
    if hasattr(ldr, 'exec_module'):
        m = _from_spec(spec)
        sys.modules[name] = m
        try:
            ldr.exec_module(m)
        except BaseException:
            sys.modules.pop(name, None)
            raise
    else:
        ldr.load_module(name)
        _init_attrs(sys.modules[name], spec)
    return sys.modules[name]


# The finders' spec for name (parent's __path__ is their path), or None.
def _meta_spec(name, path):
    for f in sys.meta_path:
        if hasattr(f, 'find_spec'):
            spec = f.find_spec(name, path, None)
        elif hasattr(f, 'find_module'):
            ldr = f.find_module(name, path)
            if ldr is None:
                continue
            from importlib.util import spec_from_loader
            spec = spec_from_loader(name, ldr)
        else:
            continue
        if spec is not None:
            return spec


def _meta_load(name):
    spec = _meta_spec(name, getattr(sys.modules.get(name.rpartition('.')[0]), '__path__', None))
    return spec and _load(spec)

# importlib: import_module, reload.
import sys


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
    pass

# sys.meta_path: a finder (find_spec + exec_module) serving modules and a
# package from source strings, before the built-in search.
import sys
import importlib.util
import importlib.abc
from importlib.machinery import ModuleSpec

print(type(sys.meta_path).__name__)

# Modules served from source strings.
SOURCES = {'dmod': 'A = 1\nimport dpkg.inner\nB = dpkg.inner.C + 1\n',
           'dpkg': 'P = "pkg"\n',
           'dpkg.inner': 'from . import helper\nC = helper.H * 10\n',
           'dpkg.helper': 'H = 3\n',
           'dbad': 'raise ValueError("boom")\n'}
log = []

class DictFinder(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        log.append((name, path is None))
        if name in SOURCES:
            return importlib.util.spec_from_loader(name, DictLoader(), is_package=name == 'dpkg')

class DictLoader(importlib.abc.Loader):
    def exec_module(self, module):
        exec(SOURCES[module.__name__], module.__dict__)

sys.meta_path.insert(0, DictFinder())
import dmod
print(dmod.A, dmod.B, dmod.__name__, dmod.__package__, dmod.__spec__.name, type(dmod.__loader__).__name__)
import dpkg
print(dpkg.P, dpkg.__path__, dpkg.__package__, dpkg.inner.__package__, hasattr(dmod, '__file__'))
print(sorted(n for n, top in log))
try:
    import dbad
except ValueError as e:
    print('ValueError', e, 'dbad' in sys.modules)
import json
print(json.dumps([1]))
try:
    import no_such_thing_here
except ImportError as e:
    print(type(e).__name__, e.name)
sys.meta_path.pop(0)
print(any(isinstance(f, DictFinder) for f in sys.meta_path))

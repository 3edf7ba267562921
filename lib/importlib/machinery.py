# importlib.machinery: module specs, the loader of .py files and the finders
# that stand for the C importer's searches. Built-in and frozen modules are
# only known by importing them (BuiltinImporter.create_module does).
import sys
import os

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
# No extension modules: C modules are built in.
EXTENSION_SUFFIXES = []


def all_suffixes():
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


class ModuleSpec:
    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self.has_location = False
        # No bytecode is written, so there is no cache file.
        self.cached = None

    def __repr__(self):
        return 'ModuleSpec(name=%r, loader=%r, origin=%r)' % (self.name, self.loader, self.origin)

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name


class BuiltinImporter:
    _ORIGIN = 'built-in'

    @classmethod
    def create_module(cls, spec):
        __import__(spec.name)
        return sys.modules[spec.name]

    @classmethod
    def exec_module(cls, module):
        pass


class FrozenImporter(BuiltinImporter):
    _ORIGIN = 'frozen'


class SourceFileLoader:
    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        exec(compile(self.get_source(module.__name__), self.path, 'exec'), module.__dict__)

    def load_module(self, name=None):
        import importlib
        from importlib.util import spec_from_file_location
        return importlib._load(spec_from_file_location(name or self.name, self.path, loader=self))

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        with open(path, 'rb') as f:
            return f.read()

    def get_source(self, name):
        return self.get_data(self.path).decode()

    def is_package(self, name):
        return self.path.rpartition('/')[2].rpartition('.')[0] == '__init__'


def _is_file(path):
    try:
        return os.stat(path)[0] & 0o170000 == 0o100000
    except OSError:
        return False


class PathFinder:
    # As the C importer: dir/name/__init__.py, then dir/name.py, for each
    # dir of path (sys.path for a top-level module). No namespace packages.
    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        from importlib.util import spec_from_file_location
        tail = fullname.rpartition('.')[2]
        for d in sys.path if path is None else path:
            if isinstance(d, str):
                base = (d.rstrip('/') + '/' if d else '') + tail
                if _is_file(base + '/__init__.py'):
                    return spec_from_file_location(fullname, base + '/__init__.py', submodule_search_locations=[base])
                if _is_file(base + '.py'):
                    return spec_from_file_location(fullname, base + '.py')

    @classmethod
    def invalidate_caches(cls):
        pass

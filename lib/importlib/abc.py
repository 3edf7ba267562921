# importlib.abc: base classes for finders and loaders, giving CPython's
# defaults (without the ABC registration of the importer's own classes).


class Loader:
    def create_module(self, spec):
        return None

    def load_module(self, fullname):
        if not hasattr(self, 'exec_module'):
            raise ImportError
        import importlib.util
        return importlib._load(importlib.util.spec_from_loader(fullname, self))


class MetaPathFinder:
    def invalidate_caches(self):
        pass


class PathEntryFinder:
    def invalidate_caches(self):
        pass

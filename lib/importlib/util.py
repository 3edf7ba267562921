# importlib.util: finding a module's spec and making a module from a spec.
import sys
import importlib
from importlib.machinery import ModuleSpec, SourceFileLoader, PathFinder, BuiltinImporter, FrozenImporter

module_from_spec = importlib._from_spec
_POPULATE = object()


def resolve_name(name, package):
    if not name.startswith('.'):
        return name
    if not package:
        raise ImportError(f'no package specified for {name!r} (required for relative module names)')
    rest = name.lstrip('.')
    level = len(name) - len(rest)
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    return bits[0] + '.' + rest if rest else bits[0]


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    if origin is None:
        origin = getattr(loader, '_ORIGIN', None)
        if not origin and hasattr(loader, 'get_filename'):
            return spec_from_file_location(name, loader=loader, submodule_search_locations=_POPULATE
                                           if is_package is None else [] if is_package else None)
    if is_package is None and hasattr(loader, 'is_package'):
        try:
            is_package = loader.is_package(name)
        except ImportError:
            pass
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def spec_from_file_location(name, location=None, *, loader=None, submodule_search_locations=_POPULATE):
    if location is None:
        location = '<unknown>'
        if hasattr(loader, 'get_filename'):
            try:
                location = loader.get_filename(name)
            except ImportError:
                pass
    elif not isinstance(location, str):
        location = location.__fspath__()
    spec = ModuleSpec(name, loader, origin=location)
    spec.has_location = True
    if loader is None:
        if not location.endswith('.py'):
            return None
        loader = spec.loader = SourceFileLoader(name, location)
    if submodule_search_locations is _POPULATE:
        if hasattr(loader, 'is_package'):
            try:
                if loader.is_package(name):
                    spec.submodule_search_locations = []
            except ImportError:
                pass
    else:
        spec.submodule_search_locations = submodule_search_locations
    if spec.submodule_search_locations == [] and location:
        spec.submodule_search_locations.append(location.rpartition('/')[0])
    return spec


# The spec of a module the C importer loaded (it sets no __spec__).
def _spec_of(m, name):
    path = getattr(m, '__path__', None)
    f = getattr(m, '__file__', None)
    if f:
        return spec_from_file_location(name, f, submodule_search_locations=path)
    spec = ModuleSpec(name, FrozenImporter if '__package__' in m.__dict__ else BuiltinImporter)
    spec.origin = spec.loader._ORIGIN
    spec.submodule_search_locations = path
    return spec


def find_spec(name, package=None):
    full = resolve_name(name, package) if name.startswith('.') else name
    if full in sys.modules:
        m = sys.modules[full]
        if m is None:
            return None
        try:
            spec = m.__spec__
        except AttributeError:
            if not isinstance(m, type(sys)):
                raise ValueError(f'{name}.__spec__ is not set') from None
            return _spec_of(m, full)
        if spec is None:
            raise ValueError(f'{name}.__spec__ is None')
        return spec
    parent = full.rpartition('.')[0]
    path = None
    if parent:
        path = getattr(__import__(parent, None, None, ['__path__']), '__path__', None)
    spec = importlib._meta_spec(full, path)
    if spec is None and (path is not None or not parent):
        spec = PathFinder.find_spec(full, path)
    if spec is None:
        # Built in, frozen, or a submodule of a module that is no package:
        # only importing it tells.
        try:
            __import__(full)
        except ModuleNotFoundError as e:
            if e.name != full:
                raise
            if path is None and parent:
                raise ModuleNotFoundError(f'__path__ attribute not found on {parent!r} while trying to find {full!r}',
                                          name=full) from None
            return None
        spec = _spec_of(sys.modules[full], full)
    return spec


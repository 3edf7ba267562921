# importlib.util: the plugin idiom (spec_from_file_location, module_from_spec,
# exec_module) and find_spec of modules on sys.path, in packages and missing.
import sys, os, tempfile
import importlib, importlib.util, importlib.machinery, importlib.abc
d = tempfile.mkdtemp()
p = os.path.join(d, 'plug.py')
with open(p, 'w') as f:
    f.write('X = 42\ndef f(): return __name__\n')
spec = importlib.util.spec_from_file_location('plug', p)
print(spec.name, spec.origin == p, spec.parent, spec.has_location, spec.submodule_search_locations)
m = importlib.util.module_from_spec(spec)
sys.modules['plug'] = m
spec.loader.exec_module(m)
print(m.X, m.f(), m.__file__ == p, m.__spec__ is spec, m.__loader__ is spec.loader, m.__package__)
print(spec.loader.get_filename('plug') == p, spec.loader.get_source('plug'), spec.loader.get_data(p))
print(importlib.util.find_spec('plug') is spec)
print(importlib.util.find_spec('nonexistent_mod_xyz'))
print(importlib.util.find_spec('json').name)
sys.path.insert(0, d)
os.mkdir(os.path.join(d, 'pk'))
with open(os.path.join(d, 'pk', '__init__.py'), 'w') as f:
    f.write('')
with open(os.path.join(d, 'pk', 'sub.py'), 'w') as f:
    f.write('Y = 1\n')
s = importlib.util.find_spec('pk')
print(s.name, s.origin == os.path.join(d, 'pk', '__init__.py'), s.submodule_search_locations == [os.path.join(d, 'pk')], s.parent)
print('pk' in sys.modules)
s = importlib.util.find_spec('pk.sub')
print(s.name, s.parent, s.origin == os.path.join(d, 'pk', 'sub.py'))
print(importlib.util.find_spec('pk.nope'))
print(importlib.util.find_spec('.sub', 'pk').name)
print(importlib.util.resolve_name('.a', 'p.q'), importlib.util.resolve_name('..a', 'p.q'), importlib.util.resolve_name('a', None))
print(importlib.machinery.SOURCE_SUFFIXES, '.py' in importlib.machinery.all_suffixes())
print(importlib.util.spec_from_file_location('x', os.path.join(d, 'x.txt')))
s = importlib.util.spec_from_loader('zz', None, origin='here')
print(s.name, s.origin, s.loader, s.has_location)
import shutil
shutil.rmtree(d)

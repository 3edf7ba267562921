# module objects: attributes can be read, set and listed
import sys
sys.path.insert(0, 'pkgs')
import imp_mod3 as m
m.added = 'new'
print(m.added)
print(sorted(n for n in dir(m) if not n.startswith('__')))
print(getattr(m, 'b3'), hasattr(m, 'nope'))
try:
    m.nope
except AttributeError:
    print('AttributeError')
print(__name__)

# a module's __getattr__ supplies missing attributes (PEP 562)
import sys
sys.path.insert(0, 'pkgs')
import imp_lazy_r3 as lazy
print(lazy.x, lazy.dyn, getattr(lazy, 'dyn'), hasattr(lazy, 'dyn'), hasattr(lazy, 'nothing'))
try:
    lazy.nothing
except AttributeError as e:
    print(e)
print(getattr(lazy, 'nothing', 'default'))
from imp_lazy_r3 import dyn
print(dyn)
try:
    from imp_lazy_r3 import nothing
except ImportError as e:
    print('ImportError')

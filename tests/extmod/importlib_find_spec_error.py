# importlib.util.find_spec and resolve_name: the errors CPython raises.
import sys
import importlib.util
m = type(sys)('plug')
sys.modules['plug'] = m
m.__spec__ = importlib.util.spec_from_loader('plug', None)
try:
    importlib.util.find_spec('nopkg_xyz.sub')
except ModuleNotFoundError as e:
    print('MNFE', e.name)
try:
    importlib.util.find_spec('plug.x')
except ModuleNotFoundError as e:
    print('MNFE', e.name)
m2 = type(sys)('nospec')
sys.modules['nospec'] = m2
try:
    importlib.util.find_spec('nospec')
except ValueError as e:
    print(type(e).__name__)
for args in (('.a', None), ('...a', 'p.q')):
    try:
        importlib.util.resolve_name(*args)
    except ImportError as e:
        print(type(e).__name__)

# An imported module's globals hold __builtins__ (the builtins dict, as in
# CPython), __main__'s the builtins module; cells have no hash.
import sys
sys.path.insert(0, 'pkgs')
import imp_mod1
import types
print(type(__builtins__).__name__, '__builtins__' in vars(imp_mod1), type(vars(imp_mod1).get('__builtins__')).__name__)
print(vars(imp_mod1)['__builtins__']['len'] is len)
try:
    hash(types.CellType(1))
except TypeError as e:
    print('TypeError', e)

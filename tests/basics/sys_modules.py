# sys.modules maps names to imported modules
import sys
print(type(sys.modules).__name__, 'sys' in sys.modules, sys.modules['sys'] is sys)
print('not_imported_q' in sys.modules)
sys.path.insert(0, 'pkgs')
import imp_mod3
print('imp_mod3' in sys.modules, sys.modules['imp_mod3'] is imp_mod3)

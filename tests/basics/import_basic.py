# import of a plain module
import sys
sys.path.insert(0, 'pkgs')
import imp_mod1
print(imp_mod1.x, imp_mod1.y, imp_mod1.f(4), imp_mod1.C().m())
print(imp_mod1.__name__, type(imp_mod1).__name__)
import imp_mod1
print('second import does not reload')
print('imp_mod1' in sys.modules, sys.modules['imp_mod1'] is imp_mod1)

# the __import__ builtin
import sys
sys.path.insert(0, 'pkgs')
m = __import__('imp_mod3')
print(m.a3, m.__name__)
s = __import__('sys')
print(s is sys)
p = __import__('imp_pkg.sub2')
print(p.__name__, p.sub2.name2)
try:
    __import__('no_such_module_abc')
except ImportError:
    print('ImportError')

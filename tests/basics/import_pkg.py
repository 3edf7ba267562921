# importing a package and its submodules
import sys
sys.path.insert(0, 'pkgs')
import imp_pkg
print(imp_pkg.pkg_attr, imp_pkg.pkg_func())
import imp_pkg.sub2
print(imp_pkg.sub2.name2)
import imp_pkg.sub1
print(imp_pkg.sub1.combined())
print('imp_pkg.sub1' in sys.modules, 'imp_pkg.sub2' in sys.modules)
print(imp_pkg.sub1.__name__)

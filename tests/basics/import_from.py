# from ... import ...
import sys
sys.path.insert(0, 'pkgs')
from imp_mod1 import x, f
print(x, f(2))
from imp_mod1 import (y,
                      C)
print(y, C().m())
from imp_mod1 import f as ff, x as xx
print(ff(3), xx)
from imp_pkg import pkg_attr, pkg_func
print(pkg_attr, pkg_func())
from imp_pkg.sub2 import name2
print(name2)

# relative imports inside a package (one and two dots)
import sys
sys.path.insert(0, 'pkgs')
from imp_pkg.subpkg import deep_value
print(deep_value)
from imp_pkg import sub1
print(sub1.combined())
import imp_pkg.subpkg.deep as d
print(d.__name__, d.name1)

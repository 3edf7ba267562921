# from module import * without __all__ skips underscore names
import sys
sys.path.insert(0, 'pkgs')
from imp_mod3 import *
print(a3, b3)
print('_hidden3' in globals())

# from module import * honours __all__
import sys
sys.path.insert(0, 'pkgs')
from imp_mod2 import *
print(pub1, _semi)
print('pub2' in globals())

# import ... as ...
import sys
sys.path.insert(0, 'pkgs')
import imp_mod1 as m
print(m.x, m.__name__)
print('m' in globals(), 'imp_mod1' in globals())
import imp_pkg.sub2 as s2
print(s2.name2, s2.__name__)
import sys as system, imp_mod3 as m3
print(system is sys, m3.a3)

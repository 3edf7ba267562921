# a module body runs once however often it is imported
import sys
sys.path.insert(0, 'pkgs')
import imp_counter
import imp_counter
from imp_counter import *
def f():
    import imp_counter
    return imp_counter
f()
import imp_counter_log
print(len(imp_counter_log.runs))
print(f() is sys.modules['imp_counter'])

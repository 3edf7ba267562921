# import statements inside functions bind local names
import sys
sys.path.insert(0, 'pkgs')
def f():
    import imp_mod3
    from imp_mod3 import a3 as local_a
    return imp_mod3.b3, local_a
print(f())
print('imp_mod3' in globals(), 'local_a' in globals())

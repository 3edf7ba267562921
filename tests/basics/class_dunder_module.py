# __module__ of classes defined here and in another module
import sys
sys.path.insert(0, 'pkgs')
import imp_cls
class Here:
    pass
print(Here.__module__, Here().__class__.__module__)
print(imp_cls.Remote.__module__)

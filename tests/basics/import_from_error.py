# importing a missing name or module raises ImportError
import sys
sys.path.insert(0, 'pkgs')
try:
    from imp_mod3 import does_not_exist
except ImportError as e:
    print(type(e).__name__)
try:
    import no_such_module_xyz
except ImportError as e:
    print(isinstance(e, ImportError))
try:
    from no_such_module_xyz import a
except ImportError:
    print('ImportError')
try:
    import imp_pkg.no_such_sub
except ImportError:
    print('ImportError for submodule')

# The AttributeError a module's __getattr__ (PEP 562) raises is what the
# caller sees (its message, not a generic "no attribute"); getattr() with a
# default, hasattr() and `from pkg import sub` still treat it as "missing".
import sys
sys.path.insert(0, 'pkgs')
import imp_getattr_pkg_s12D as pkg

print(pkg.new)
for name in ('old', 'other'):
    try:
        getattr(pkg, name)
    except AttributeError as e:
        print('AttributeError', e)
    try:
        pkg.old if name == 'old' else pkg.other
    except AttributeError as e:
        print('AttributeError', e)
print(hasattr(pkg, 'old'), getattr(pkg, 'old', 'default'))
# Another exception passes through hasattr() and getattr() with a default.
for f in (lambda: pkg.boom, lambda: hasattr(pkg, 'boom'), lambda: getattr(pkg, 'boom', 0)):
    try:
        f()
    except KeyError as e:
        print('KeyError', e)
from imp_getattr_pkg_s12D import sub
print(sub.X)
try:
    from imp_getattr_pkg_s12D import missing
except ImportError as e:
    print('ImportError', type(e).__name__, e.name)

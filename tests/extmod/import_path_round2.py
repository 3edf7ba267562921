import sys, os
class Fake:
    value = 42
sys.modules['fake_mod_r2'] = Fake
import fake_mod_r2
print(fake_mod_r2.value)
from fake_mod_r2 import value; print(value)
del sys.modules['fake_mod_r2']
try:
    import fake_mod_r2
except ImportError:
    print('ImportError after del')
import random
d = 'tmp_imp_round2_%08x' % random.getrandbits(32)  # unique: suites may run concurrently
os.mkdir(d)
try:
    with open(d + '/r2mod.py', 'w') as f:
        f.write('X = 1\nprint("r2mod loaded", __name__)\ndef f(): return X\n')
    os.mkdir(d + '/r2pkg')
    with open(d + '/r2pkg/__init__.py', 'w') as f:
        f.write('from .sub import Y\nP = "pkg"\n')
    with open(d + '/r2pkg/sub.py', 'w') as f:
        f.write('Y = "sub"\n')
    sys.path.insert(0, d)
    import r2mod
    import r2mod as again
    print(r2mod.f(), again is r2mod, r2mod.__name__, 'r2mod' in sys.modules)
    r2mod.X = 5; print(again.f())
    import r2pkg
    print(r2pkg.P, r2pkg.Y, r2pkg.sub.Y, r2pkg.__name__)
    from r2pkg.sub import Y as YY; print(YY)
    m = __import__('r2pkg.sub', None, None, ['Y']); print(m.__name__)
    m2 = __import__('r2pkg.sub'); print(m2.__name__)
    try:
        from r2pkg import nonexistent
    except ImportError as e:
        print('ImportError name')
finally:
    sys.path.remove(d) if d in sys.path else None
    for p in ('r2pkg/sub.py', 'r2pkg/__init__.py', 'r2mod.py'):
        os.remove(d + '/' + p)
    for p in ('r2pkg/__pycache__', '__pycache__'):
        try:
            for n in os.listdir(d + '/' + p):
                os.remove(d + '/' + p + '/' + n)
            os.rmdir(d + '/' + p)
        except OSError:
            pass
    os.rmdir(d + '/r2pkg')
    os.rmdir(d)
print(d in os.listdir())

# `from M import *` where sys.modules['M'] is not a module object: its
# __all__, else its __dict__ (names without a leading underscore), else
# ImportError -- as CPython. `from errno import *` (errno's module is of its
# own type here) used to raise "TypeError: import * needs a module".
import sys

from errno import *
print(EAGAIN, ECONNRESET, EWOULDBLOCK == EAGAIN, sorted(errorcode)[:3])
print(sorted(k for k in dir() if k.startswith('EADDR')))


class WithAll:
    __all__ = ['a', '_b']
    a = 1
    _b = 2
    c = 3


class Plain:
    def __init__(self):
        self.x = 10
        self._hidden = 11


sys.modules['mod_with_all_s29'] = WithAll()
sys.modules['mod_plain_s29'] = Plain()
sys.modules['mod_none_s29'] = 42

from mod_with_all_s29 import *
print(a, _b, 'c' in dir())

from mod_plain_s29 import *
print(x, '_hidden' in dir())

try:
    from mod_none_s29 import *
except ImportError as e:
    print('ImportError', e)

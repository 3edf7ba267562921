# Frozen library modules (lib/*.py compiled into the binary): imported once
# per process, registered in sys.modules, and a module of the same name on
# sys.path takes precedence.
import os
import sys

import copy
import copy as again
print(again is copy, sys.modules["copy"] is copy, copy.__name__)
from string import digits, ascii_lowercase
print(digits, ascii_lowercase[:3])

d = '/tmp/pylib_frozen_%d' % os.getpid()
os.mkdir(d)
try:
    with open(d + '/keyword.py', 'w') as f:
        f.write("SHADOW = 'user keyword module'\n")
    sys.path.insert(0, d)
    sys.modules.pop('keyword', None)
    import keyword
    print(getattr(keyword, 'SHADOW', 'stdlib keyword'), hasattr(keyword, "iskeyword"))
finally:
    sys.path.remove(d)
    os.remove(d + '/keyword.py')
    for name in os.listdir(d):
        if name == '__pycache__':
            for c in os.listdir(d + '/' + name):
                os.remove(d + '/' + name + '/' + c)
            os.rmdir(d + '/' + name)
    os.rmdir(d)
del sys.modules['keyword']
import keyword
print(getattr(keyword, 'SHADOW', 'stdlib keyword'), keyword.iskeyword("if"))

try:
    import no_such_lib_module
except ImportError as e:
    print(type(e).__name__, e)

# `from pkg import sub` binds the submodule in its parent, as a plain
# `import pkg.sub` does, also for frozen submodules of non-package modules.
from http import client
import http
print(http.client is client)
import os
from os import path
print(os.path is path)
for mod, name in (('os', 'nosuch'), ('http', 'nosuch')):
    try:
        exec('from %s import %s' % (mod, name))
    except ImportError as e:
        print(type(e).__name__, e.name)

# building a package on disk and importing it: relative imports, __all__, module __getattr__
import sys, os, tempfile, shutil
base = tempfile.mkdtemp()
pkg = os.path.join(base, "shop")
os.makedirs(os.path.join(pkg, "sub"))
files = {
    "shop/__init__.py": "loaded = []\nfrom .core import Cart, VERSION\n__all__ = ['Cart', 'helper']\ndef helper():\n    return 'helper from ' + __name__\n",
    "shop/core.py": "VERSION = (1, 2)\nfrom . import util\nclass Cart:\n    def __init__(self):\n        self.items = []\n    def add(self, name, price):\n        self.items.append((name, util.money(price)))\n        return self\n    def total(self):\n        return util.money(sum(p for _, p in self.items))\n",
    "shop/util.py": "def money(x):\n    return round(x, 2)\nimport shop\nshop.loaded.append(__name__)\n",
    "shop/sub/__init__.py": "",
    "shop/sub/lazy.py": "from ..util import money\nfrom .. import core\n_cache = {}\ndef __getattr__(name):\n    if name.startswith('rate_'):\n        return int(name[5:]) / 100\n    raise AttributeError('module %r has no attribute %r' % (__name__, name))\ndef __dir__():\n    return ['money', 'core']\nX = money(1.005)\n",
    "script_mod.py": "import sys\nprint('script_mod running as', __name__)\nif __name__ == '__main__':\n    print('main!')\nCOUNTER = [0]\n",
}
for rel, src in files.items():
    with open(os.path.join(base, rel), "w") as f:
        f.write(src)
sys.path.insert(0, base)
import shop
from shop import Cart, helper
from shop.sub import lazy
import shop.sub.lazy as lz
import script_mod
import script_mod as again
c = Cart().add("pen", 1.234).add("book", 10.5)
print(c.items, c.total(), shop.VERSION, helper(), shop.__all__, shop.loaded)
print(lazy.rate_15, lz is lazy, lazy.X, lazy.core.VERSION, sorted(dir(lazy)), shop.sub.lazy.money(2.555))
try:
    lazy.nothing
except AttributeError as e:
    print("AttributeError", e)
print(script_mod.COUNTER is again.COUNTER, "script_mod" in sys.modules, shop.__name__, shop.core.__name__, lazy.__name__)
print(os.path.basename(shop.__file__), os.path.basename(os.path.dirname(lazy.__file__)))
ns = {}
exec("from shop import *", ns)
print(sorted(k for k in ns if not k.startswith("__")))
try:
    import shop.nothere
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    from shop import missing_name
except ImportError as e:
    print("ImportError", "missing_name" in str(e))
import importlib
m = importlib.import_module("shop.util")
print(m.money(3.14159), m is shop.util)
with open(os.path.join(base, "dyn.py"), "w") as f:
    f.write("VALUE = 1\n")
import dyn
print(dyn.VALUE)
sys.path.remove(base)
del sys.modules["dyn"]
try:
    import dyn
except ImportError:
    print("dyn gone")
shutil.rmtree(base)

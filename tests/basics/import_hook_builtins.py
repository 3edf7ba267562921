# The import statement calls builtins.__import__ when a program replaces it,
# and the __import__ of globals' own __builtins__ under exec(), as CPython.
import builtins

orig = builtins.__import__
seen = []


def hook(name, globals=None, locals=None, fromlist=(), level=0):
    seen.append((name, fromlist, level, type(globals).__name__))
    return orig(name, globals, locals, fromlist, level)


builtins.__import__ = hook
import math
from math import sqrt, pi
import math as m2
builtins.__import__ = orig
import math
print(seen)
print(sqrt(4.0), m2 is math)


def fake(name, *args):
    return "fake " + name


g = {"__builtins__": {"__import__": fake, "print": print}}
exec("import anything\nprint(anything)", g)
try:
    exec("import math", {"__builtins__": {}})
except ImportError as e:
    print("ImportError", e)

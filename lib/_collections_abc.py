# CPython's other name for the collections.abc module: the same classes
# (lib/collections/abc.py), for code that imports them from here.
from collections.abc import *
from collections.abc import __all__

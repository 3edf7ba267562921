# posixpath is os.path on a POSIX host (as in CPython, where os.path is
# posixpath): code that imports it by name (jinja2, pathlib users) gets the
# same functions.
from os.path import *
from os.path import __all__

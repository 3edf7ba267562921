# Helper for import_sibling.py: imports a module from its own folder.
import sys

print(sys.path[0])
import cmdline_mod

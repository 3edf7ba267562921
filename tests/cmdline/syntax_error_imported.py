# A syntax error in an imported module is raised at the import, with the
# module's file and line; it can be caught like any exception.
import sys

sys.path.insert(0, "mods")
try:
    import bad_syntax
except SyntaxError as e:
    print("caught", type(e).__name__)
import bad_syntax

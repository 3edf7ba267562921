# "from m import missing": CPython's message, with name and path set.
try:
    from sys import no_such_name
except ImportError as e:
    print(type(e).__name__, e, e.name, e.path)
try:
    from itertools import no_such_name
except ImportError as e:
    print(type(e).__name__, e, e.name, e.path)
try:
    import no_such_module_s3d
except ImportError as e:
    print(type(e).__name__, e, e.name)

# Import errors: a missing module and a missing name, as CPython words them.
try:
    import no_such_module_abc
except ImportError as e:
    print(type(e).__name__, e)
try:
    from sys import no_such_name
except ImportError as e:
    print(type(e).__name__, e)
import no_such_module_def

# module-level __getattr__ (PEP 562), for tests/basics/import_module_getattr_r3.py
def __getattr__(name):
    if name == "dyn":
        return "dynamic!"
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
x = 1

# dir() lists the data attributes of built-in objects (memoryview, generator,
# frame), and memoryview.suboffsets exists.
import sys

def public(o):
    return sorted(x for x in dir(o) if not x.startswith("_"))

m = memoryview(b"abcd")
print(public(m))
print(m.suboffsets, m.ndim, m.shape, m.strides)

def gen():
    yield 1

# (pend_throw is MicroPython's own generator method; CPython has none)
print([a for a in public(gen()) if a != "pend_throw"])
f = sys._getframe()
print([a for a in public(f) if a in ("f_back", "f_code", "f_globals", "f_lineno", "f_locals")])
print([a for a in public(f.f_code) if a in ("co_name", "co_filename", "co_firstlineno")])

# Functions and exceptions list their data attributes.
def fn(a=1):
    return a

names = ("__name__", "__qualname__", "__code__", "__defaults__", "__dict__", "__globals__",
         "__kwdefaults__", "__module__", "__closure__", "__annotations__")
print([n for n in names if n in dir(fn)])
names = ("__cause__", "__context__", "__suppress_context__", "__traceback__", "args")
print([n for n in names if n in dir(ValueError(1))])
print([n for n in ("__wrapped__", "__isabstractmethod__") if n in dir(staticmethod(fn))])

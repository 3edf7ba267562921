# MicroPython tests/misc print_exception and sys_exc_info style: tracebacks
# printed to a StringIO (file names cut off, CPython's source lines dropped),
# sys.exc_info() in nested handlers, and traceback.format_exception_only of
# SyntaxErrors (place, source line, carets, bare message).
import io
import sys
import traceback
if hasattr(sys, "print_exception"):
    print_exception = sys.print_exception
else:
    import traceback
    print_exception = lambda e, f: traceback.print_exception(None, e, sys.exc_info()[2], file=f)

def print_exc(e):
    buf = io.StringIO()
    print_exception(e, buf)
    s = buf.getvalue()
    for l in s.split("\n"):
        if l.startswith("  File "):
            l = l.split('"')
            print(l[0], l[2])
        elif not l.startswith("    "):
            print(l)

try:
    raise Exception("msg")
except Exception as e:
    print("caught")
    print_exc(e)

def f():
    g()
def g():
    raise Exception("fail")
try:
    f()
except Exception as e:
    print("caught")
    print_exc(e)
try:
    try:
        f()
    finally:
        print("finally")
except Exception as e:
    print("caught")
    print_exc(e)
try:
    try:
        f()
    except Exception as e:
        print("reraise")
        print_exc(e)
        raise
except Exception as e:
    print("caught")
    print_exc(e)

def f():
    f([1, 2], [1, 2], [1, 2], {1: 1, 1: 1, 1: 1, 1: 1, 1: 1, 1: 1, 1: X})
    return 1
try:
    f()
except Exception as e:
    print_exc(e)

def h():
    try:
        1/0
    except ZeroDivisionError as e:
        raise ValueError("v") from e
try: h()
except Exception as e: print_exc(e)
def h2():
    try:
        1/0
    except ZeroDivisionError:
        raise KeyError("k")
try: h2()
except Exception as e: print_exc(e)
try: raise ValueError
except Exception as e: print_exc(e)
try: raise OSError(2, "nofile")
except Exception as e: print_exc(e)
try: raise KeyError("a", 1)
except Exception as e: print_exc(e)
try: raise Exception()
except Exception as e: print_exc(e)
class MyErr(Exception): pass
try: raise MyErr("x")
except Exception as e: print_exc(e)
try: [][1]
except Exception as e: print_exc(e)
def deep(n):
    if n: deep(n-1)
    else: raise IndexError("deep")
try: deep(3)
except Exception as e: print_exc(e)
# lambda / comprehension / method frames
class K:
    def m(self): return [1/0 for x in (1,)]
try: K().m()
except Exception as e: print_exc(e)
try: (lambda: {}["q"])()
except Exception as e: print_exc(e)
def gen():
    yield 1
    raise StopIteration
try: list(gen())
except Exception as e: print_exc(e)
print(sys.exc_info())
try: raise ValueError(5)
except: 
    t = sys.exc_info(); print(t[0], t[1], type(t[2]).__name__)
    try: raise KeyError
    except: print(sys.exc_info()[0])
    print(sys.exc_info()[0])
print(sys.exc_info())
def fe():
    print(sys.exc_info()[0])
try: 1/0
except: fe()
# sys_exc_info style
try:
    raise ValueError("value")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t, repr(v), tb is not None)
def f():
    try:
        raise KeyError(1)
    finally:
        print(sys.exc_info()[0])
try: f()
except KeyError: print(sys.exc_info()[1])
print(sys.exc_info())
# exception in generator: exc_info inside
def g():
    try:
        yield sys.exc_info()[0]
    except Exception: pass
try:
    1/0
except ZeroDivisionError:
    it = g(); print(next(it))
print(next(g()))
# with statement exception info
class CM:
    def __enter__(self): return self
    def __exit__(self, *a): print("exit", a[0], sys.exc_info()[0]); return True
with CM(): raise IndexError
print(sys.exc_info())
e = SyntaxError("m", ("f.py", 2, 1, "abc\n"))
e.add_note("note1")
print(traceback.format_exception_only(e))
print(traceback.format_exception_only(SyntaxError("plain")))
print(traceback.format_exception_only(SyntaxError("m", ("f.py", 2, None, None))))
print(traceback.format_exception_only(IndentationError("m", ("f.py", 2, 3, " x\n"))))
try: exec("x = = 1")
except SyntaxError as e: print(traceback.format_exception_only(e))
def f():
    try: exec("(")
    except SyntaxError as e: return e
print(traceback.format_exception_only(f()))
try: compile("a\n  b", "zz.py", "exec")
except SyntaxError as e: print(traceback.format_exception_only(e))
print(traceback.format_exception_only(ValueError("v")), traceback.format_exception_only(ValueError()))

# the class line of a traceback uses the __qualname__ (nested, local,
# assigned) and the module unless __main__ or builtins
class Outer:
    class Err(Exception):
        pass


def local_exc():
    class Local(Exception):
        pass
    return Local


class Mod(Exception):
    pass


Mod.__module__ = "mymod"


class Renamed(Exception):
    pass


Renamed.__qualname__ = "Some.Where"
for E in (Outer.Err, local_exc(), Mod, Renamed):
    try:
        raise E("x")
    except Exception as e:
        print_exc(e)


class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("no")


for e in (KeyError(""), KeyError(), ValueError("a\nb"), ValueError(1, 2), OSError(2, "x"),
          OSError(2, "x", "f"), UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad"), StopIteration(5),
          SystemExit(3), Exception(None), Exception(""), Exception(" "), NameError("x"), BadStr()):
    print_exc(e)

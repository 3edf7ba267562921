# Exceptions: args/str/repr, chaining, subclass __init__/__new__, OSError
# attributes, exception hierarchy.
# exceptions
e = Exception(); print(repr(e), str(e), e.args)
e = Exception(1); print(repr(e), str(e), e.args)
e = Exception(1, 2); print(repr(e), str(e), e.args)
e = Exception("a"); print(repr(e), str(e))
e = ValueError(); print(repr(e))
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()), str(KeyError(1,2)))
print(repr(StopIteration()), StopIteration().value, StopIteration(1,2).value)
print(repr(SystemExit(3)), SystemExit(3).code, SystemExit().code, SystemExit(1,2).code)
e = OSError(2, "No such"); print(e.errno, e.strerror, e.args, str(e))
e = OSError(2, "No such", "fname"); print(e.errno, e.filename, str(e))
print(str(OSError()), str(OSError(5)), OSError(5).errno)
print(type(OSError(2, "x")).__name__)
class MyE(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
e = MyE(1, 2); print(e.args, e.b, repr(e), str(e))
class MyE2(Exception): pass
print(repr(MyE2(1, 2)), MyE2.__name__, MyE2.__bases__)
class MyE3(ValueError):
    def __str__(self): return "custom"
try: raise MyE3
except ValueError as e: print(str(e), repr(e))
e = Exception(); e.args = (1, 2); print(e.args)
try: e.args = 5
except TypeError: print("TypeError args")
print(e.__traceback__ is None)
e.foo = 1; print(e.foo)
# exception chaining
try:
    try: raise ValueError(1)
    except ValueError as e: raise TypeError(2)
except TypeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try: raise ValueError(1)
    except ValueError as e: raise TypeError(2) from e
except TypeError as e:
    print(repr(e.__context__), repr(e.__cause__), e.__suppress_context__)
try:
    raise TypeError(2) from None
except TypeError as e:
    print(e.__context__, e.__cause__, e.__suppress_context__)
try: raise TypeError from 5
except TypeError as e: print("TypeError", e)
# except polymorphism
for ex in (IndexError, KeyError, LookupError, ZeroDivisionError, ArithmeticError, OverflowError,
           UnboundLocalError, NameError, NotImplementedError, RecursionError, ModuleNotFoundError,
           StopAsyncIteration, FileNotFoundError, ConnectionResetError, TimeoutError):
    try: raise ex
    except Exception as e: print(ex.__name__, [b.__name__ for b in type(e).__mro__])
try: raise 5
except TypeError as e: print("TypeError", e)
try: raise object
except TypeError as e: print("TypeError", e)
try:
    raise
except RuntimeError as e: print("RuntimeError", e)
try:
    try: 1/0
    except (ValueError, ZeroDivisionError) as e: print("tuple", type(e).__name__)
except: pass
try:
    try: 1/0
    except 5: pass
except TypeError as e: print("TypeError", e)
def f():
    try: raise ValueError
    except ValueError as e: pass
    return e
try: f()
except NameError as e: print("NameError/Unbound", type(e).__name__)
# exception group-ish: BaseException subclassing
class BE(BaseException): pass
try:
    try: raise BE
    except Exception: print("wrong")
except BE: print("BE")
print(isinstance(KeyboardInterrupt(), Exception), issubclass(GeneratorExit, Exception))
# with_traceback
e = ValueError(1)
print(e.with_traceback(None) is e)
# exception args with kwargs
try: ValueError(x=1)
except TypeError as e: print("TypeError kw")
# str of exceptions with args non-string
print(str(ValueError(None)), str(ValueError([1])), str(ValueError(())), repr(ValueError(())))
print(AssertionError.__name__, str(AssertionError("m")))
try: assert False, "msg"
except AssertionError as e: print(e.args)
try: assert 0
except AssertionError as e: print(e.args)
print(Exception.__init__ is not None)
e = Exception.__new__(ValueError, 1, 2); print(repr(e), e.args)
e = ValueError.__new__(ValueError); print(repr(e))
# exception in __init__ subclass without calling super
class E4(Exception):
    def __init__(self, x): self.x = x
e = E4(5); print(e.args, e.x, repr(e))
class E5(Exception):
    def __new__(cls, *a): 
        print("new", a)
        return super().__new__(cls, *a)
print(repr(E5(1,2)))
class MyOS(OSError): pass
e = MyOS(2, "nf"); print(e.errno, e.strerror, str(e), repr(e), e.args)
e = MyOS(2, "nf", "file"); print(e.filename, str(e))
print(type(OSError(2, "x")).__name__, type(MyOS(2, "x")).__name__)
class MyOS2(OSError):
    def __init__(self, msg): super().__init__(5, msg); self.extra = 1
e = MyOS2("m"); print(e.errno, e.strerror, e.extra, e.args)
class MySI(StopIteration): pass
e = MySI(4); print(e.value)
def g():
    return (yield 1)
class MyKE(KeyError): pass
print(str(MyKE("k")), repr(MyKE("k")))
class MySE(SystemExit): pass
print(MySE(3).code)
class ME(Exception):
    def __init__(self, a, b=2):
        self.a = a
e = ME(1); print(e.args, e.a, str(e), repr(e))
e = ME(1, b=5); print(e.args)
class ME2(Exception):
    def __init__(self, *args, **kw):
        super().__init__(*args)
        self.kw = kw
e = ME2(1, x=2); print(e.args, e.kw)
class ME3(Exception):
    def __new__(cls, *args):
        self = super().__new__(cls, *args)
        self.n = "new"
        return self
    def __init__(self, *args): pass
e = ME3(1, 2); print(e.args, e.n)
class ME4(Exception):
    args = property(lambda s: ("p",))
try: print(ME4(1).args)
except Exception as x: print(type(x).__name__)
class ME5(Exception):
    def __str__(self): return "ME5str"
try: raise ME5
except ME5 as e: print(e, repr(e))
try: print("ME9")
except: pass
import errno
e = OSError(errno.ENOENT, "x"); print(type(e).__name__)
print(issubclass(FileNotFoundError, OSError), type(OSError(errno.EEXIST, "y")).__name__, type(OSError(errno.EAGAIN, "y")).__name__)
print(IOError is OSError, EnvironmentError is OSError)
print(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad").reason)
e = SyntaxError("msg", ("f.py", 1, 2, "text")); print(e.msg, e.filename, e.lineno, e.offset, e.text)
print(str(SyntaxError("m")), NameError(name="x").name if True else '')
try: undefined_name_zz
except NameError as e: print(e.name, str(e))
try: object().nope
except AttributeError as e: print(e.name, str(e))
e = StopIteration(); e.value = 5; print(e.value, e.args)
e = SystemExit(); print(e.code, e.args)
e = KeyboardInterrupt(); print(isinstance(e, BaseException), isinstance(e, Exception))
e = GeneratorExit(1); print(e.args)
print(ImportError("x", name="n", path="p").name, ImportError("x").path, ModuleNotFoundError("q").msg)

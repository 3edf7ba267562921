# custom exception hierarchies, chaining, context managers
import contextlib, sys

class AppError(Exception):
    def __init__(self, msg, code=1):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return "[%d] %s" % (self.code, self.args[0])
class ConfigError(AppError):
    pass
class NetworkError(AppError):
    def __init__(self, host, *a):
        super().__init__("cannot reach " + host, 7)
        self.host = host

def load(cfg):
    try:
        return int(cfg["port"])
    except KeyError as e:
        raise ConfigError("missing %s" % e) from e
    except ValueError as e:
        raise ConfigError("bad port") from None

for cfg in [{"port": "80"}, {}, {"port": "x"}]:
    try:
        print(load(cfg))
    except AppError as e:
        print(type(e).__name__, e, e.code, repr(e.__cause__), e.__suppress_context__, type(e.__context__).__name__)

try:
    raise NetworkError("example.com")
except ConfigError:
    print("wrong")
except AppError as e:
    print(e, e.host, e.args, isinstance(e, Exception))

def nested():
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            [][1]
        except IndexError as e2:
            return e2
e = nested()
print(type(e).__name__, type(e.__context__).__name__, e.__cause__)

def finally_order():
    log = []
    for i in range(3):
        try:
            if i == 1:
                continue
            log.append("body%d" % i)
        finally:
            log.append("fin%d" % i)
    try:
        return log
    finally:
        log.append("last")
print(finally_order())

def ret_in_finally():
    try:
        raise ValueError
    finally:
        return "swallowed"
print(ret_in_finally())

class Resource:
    def __init__(self, name, log):
        self.name, self.log = name, log
    def __enter__(self):
        self.log.append("open " + self.name)
        return self
    def __exit__(self, et, ev, tb):
        self.log.append("close %s %s" % (self.name, et.__name__ if et else None))
        return et is KeyError

log = []
with Resource("a", log) as a, Resource("b", log) as b:
    log.append("using %s %s" % (a.name, b.name))
with Resource("c", log):
    raise KeyError("suppressed")
try:
    with Resource("d", log):
        raise ValueError("not suppressed")
except ValueError as e:
    log.append("outside " + str(e))
print(log)

@contextlib.contextmanager
def tag(name, out):
    out.append("<%s>" % name)
    try:
        yield name.upper()
    except RuntimeError as e:
        out.append("!%s" % e)
    finally:
        out.append("</%s>" % name)
out = []
with tag("div", out) as t:
    with tag("p", out):
        out.append(t)
with tag("span", out):
    raise RuntimeError("oops")
print("".join(out))

with contextlib.suppress(FileNotFoundError, ZeroDivisionError):
    1 // 0
print("after suppress")
with contextlib.ExitStack() as stack:
    rs = [stack.enter_context(Resource(n, log)) for n in "xyz"]
    stack.callback(log.append, "callback")
print(log[-5:])

import io
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured", 42)
print(repr(buf.getvalue()))

def gen_errors():
    errs = [ValueError("v"), TypeError("t"), KeyError("k"), IndexError("i"), ZeroDivisionError("z"),
            AttributeError("a"), StopIteration(5), OSError(2, "No such file"), RuntimeError()]
    for e in errs:
        try:
            raise e
        except (LookupError, ArithmeticError) as x:
            print("lookup/arith", type(x).__name__, repr(x))
        except Exception as x:
            print("other", type(x).__name__, str(x), x.args)
gen_errors()
e = OSError(2, "No such file")
print(e.errno, e.strerror, str(e))
print(str(KeyError("k")), str(KeyError()), repr(ValueError("a", 1)), str(ValueError("a", 1)))

def retry(times):
    attempts = []
    def run(fn):
        for i in range(times):
            try:
                return fn(i)
            except Exception as e:
                attempts.append("%d:%s" % (i, e))
        raise RuntimeError("gave up after %d" % times)
    return run, attempts
run, attempts = retry(3)
print(run(lambda i: 10 // (i - 2) if i < 2 else 1 // 0))
try:
    run(lambda i: [1][i + 1])
except RuntimeError as e:
    print(e, attempts)
try:
    try:
        raise ValueError("inner")
    except ValueError:
        raise
except ValueError as e:
    print("reraised", e)
print(issubclass(ConfigError, Exception), ConfigError.__mro__[1].__name__, ConfigError.__bases__)
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("AssertionError", e)
try:
    raise ExceptionGroup("grp", [ValueError(1), TypeError(2)])
except* ValueError as eg:
    print("star v", eg.exceptions)
except* TypeError as eg:
    print("star t", eg.exceptions)

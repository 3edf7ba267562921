# sys.exc_info() inside a generator: its own handler's exception while it
# handles one, otherwise the exception its current caller is handling.
import sys

def name():
    t = sys.exc_info()[0]
    return None if t is None else t.__name__

def gen():
    try:
        print("start", name())
        yield
        raise TypeError()
    except TypeError as exc:
        print("in handler", name(), type(exc.__context__).__name__)
    print("after handler", name())
    yield
    print("later", name())
    yield "done"

g = gen()
next(g)
try:
    raise ValueError
except Exception:
    next(g)
print(next(g))
print(sys.exc_info())

# an exception thrown in while the caller handles it, kept across yields
def keeper():
    try:
        yield
    except Exception as exc:
        print("caught", name(), exc.__context__)
        yield
        print("still", name())
        yield
        raise

k = keeper()
next(k)
try:
    raise KeyError("k")
except Exception as exc:
    try:
        k.throw(exc)
    except Exception:
        pass
next(k)
try:
    next(k)
except KeyError as e:
    print("reraised", repr(e), e.__context__)
print(sys.exc_info())

# nested handlers inside a generator resumed from different callers
def nested():
    try:
        raise IndexError
    except IndexError:
        try:
            yield name()
            raise OSError
        except OSError:
            yield name()
        yield name()
    yield name()

n = nested()
print(next(n))
try:
    raise ZeroDivisionError
except ZeroDivisionError:
    print(next(n))
print(next(n))
try:
    raise AttributeError
except AttributeError:
    print(next(n))

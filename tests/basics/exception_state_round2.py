import sys
def show(tag):
    print(tag, sys.exc_info()[0].__name__ if sys.exc_info()[0] else None)
try:
    raise ValueError
except ValueError:
    show('in handler')
    try:
        raise KeyError
    except KeyError:
        show('inner')
    show('back to outer')
show('after')
def gen():
    show('gen start')
    yield
    show('gen resumed')
g = gen()
try:
    raise TypeError
except TypeError:
    next(g)
    show('after next')
try:
    next(g)
except StopIteration:
    pass
try:
    raise OSError
except OSError:
    try:
        next(gen())
    finally:
        show('finally in handler')
def f():
    try:
        1 / 0
    except ZeroDivisionError:
        return sys.exc_info()[0].__name__
print(f()); show('after f')
try:
    try:
        raise ValueError('a')
    finally:
        show('finally during exception')
except ValueError:
    pass
print(sys.exception())
try:
    raise IndexError('ix')
except IndexError:
    print(repr(sys.exception()))
def rethrow():
    try:
        raise KeyError('orig')
    except KeyError:
        try:
            raise ValueError('second')
        except ValueError:
            pass
        raise
try:
    rethrow()
except KeyError as e:
    print('reraised', repr(e))
def ctx_chain():
    try:
        raise A1
    except Exception:
        raise A2
class A1(Exception): pass
class A2(Exception): pass
try:
    ctx_chain()
except A2 as e:
    print(type(e.__context__).__name__, e.__cause__)
try:
    try:
        raise ValueError
    except ValueError as e:
        raise e from e
except ValueError as e2:
    print(e2.__cause__ is e2, e2.__context__ is e2)

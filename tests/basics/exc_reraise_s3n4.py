# A re-raise (bare raise, end of finally) does not set __context__ again;
# generator throw() checks its traceback argument.

try:
    try:
        raise IndexError
    except IndexError:
        exc = KeyError()
        try:
            raise exc
        finally:
            exc.__context__ = None
except KeyError as e:
    print('finally', repr(e.__context__))

try:
    try:
        raise IndexError
    except IndexError:
        exc = KeyError()
        try:
            raise exc
        except KeyError:
            exc.__context__ = None
            raise
except KeyError as e:
    print('bare raise', repr(e.__context__))

# A raise proper still chains.
try:
    try:
        raise IndexError
    except IndexError:
        raise KeyError
except KeyError as e:
    print('raise', repr(e.__context__))


def gen():
    try:
        yield 1
    except ValueError as e:
        yield 'caught ' + repr(e)


g = gen()
next(g)
try:
    g.throw(ValueError, ValueError(), 5)
except TypeError as e:
    print('TypeError', e)
try:
    raise KeyError(3)
except KeyError as e:
    tb = e.__traceback__
print(g.throw(ValueError, ValueError(7), tb))
g = gen()
next(g)
print(g.throw(ValueError, None, None))

# The same when the exception comes up from a called frame.
exc2 = KeyError()


def clears():
    try:
        raise exc2
    finally:
        exc2.__context__ = None


try:
    try:
        raise IndexError
    except IndexError:
        clears()
except KeyError as e:
    print('propagated', repr(e.__context__))


# ... while new exceptions in called frames and C code still chain.
def fails():
    return int('x')


for f in (fails, lambda: [][1], lambda: {}['k']):
    try:
        try:
            raise IndexError('outer')
        except IndexError:
            f()
    except Exception as e:
        print(type(e).__name__, repr(e.__context__))

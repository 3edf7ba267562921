# A raise statement sets __context__ to the exception being handled even when
# the exception was raised and chained before.
def name(e):
    return type(e).__name__ if e is not None else None


e = ValueError()
try:
    raise KeyError
except KeyError:
    try:
        raise e
    except ValueError:
        pass
print(name(e.__context__))
try:
    try:
        raise IndexError
    except IndexError:
        raise e
except ValueError as v:
    print(v is e, name(v.__context__))

# Raised again outside any handler: __context__ is kept.
try:
    raise e
except ValueError:
    pass
print(name(e.__context__))

# Raised again while handling itself: unchanged.
try:
    raise e
except ValueError as x:
    try:
        raise x
    except ValueError:
        pass
print(name(e.__context__))

# raise ... from: the cause is set and the context replaced too.
try:
    try:
        raise TypeError
    except TypeError:
        raise e from OSError()
except ValueError as v:
    print(name(v.__cause__), name(v.__context__), v.__suppress_context__)

# A chain that would come back to the exception is cut.
a = KeyError()
try:
    raise a
except KeyError:
    try:
        raise ValueError
    except ValueError:
        try:
            raise a
        except KeyError as k:
            print(name(k.__context__), name(k.__context__.__context__))

# An exception thrown into a generator is chained only to the exception the
# generator itself is handling, not to the one the caller is handling.
def gen2():
    try:
        yield
    except Exception as e:
        print("caught", repr(e), repr(e.__context__))
def gen3():
    try:
        raise KeyError(9)
    except KeyError:
        try:
            yield
        except Exception as e:
            print("caught3", repr(e), repr(e.__context__))
def outer():
    yield from gen2()
for mk, exc in ((gen2, ValueError), (gen2, ValueError("v")), (gen3, ValueError("w")), (outer, TypeError("o"))):
    g = mk(); next(g)
    try:
        raise OSError("outer")
    except OSError:
        try:
            g.throw(exc)
        except StopIteration:
            pass
g = gen3(); next(g)
try:
    g.throw(ValueError("z"))
except StopIteration:
    pass
# Through yield from: the delegate handles nothing, the outer frame does.
def f():
    yield
def g2():
    try:
        raise KeyError('a')
    except Exception:
        yield from f()
def g3():
    yield from f()
for mk in (g2, g3):
    gen = mk()
    gen.send(None)
    try:
        raise OSError("caller")
    except OSError:
        try:
            gen.throw(ValueError)
        except ValueError as e:
            print(mk.__name__, repr(e.__context__))

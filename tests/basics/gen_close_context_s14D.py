# The GeneratorExit of close() is chained to the exception the caller is
# handling, unless the generator is handling one of its own; an exception
# thrown with throw() is chained only to the generator's own.
def name(e):
    return type(e).__name__ if e is not None else None


def plain():
    try:
        yield
    except GeneratorExit as e:
        print("plain", name(e.__context__))
        raise


def handling():
    try:
        raise OSError
    except OSError:
        try:
            yield
        except GeneratorExit as e:
            print("handling", name(e.__context__))
            raise


def act(g, how):
    if how == "close":
        g.close()
    else:
        try:
            g.throw(GeneratorExit)
        except GeneratorExit:
            pass


for mk in (plain, handling):
    for how in ("close", "throw"):
        for in_except in (False, True):
            print(mk.__name__, how, in_except)
            g = mk()
            next(g)
            if in_except:
                try:
                    raise KeyError
                except KeyError:
                    act(g, how)
            else:
                act(g, how)


# What the generator raises while closing chains to the GeneratorExit.
def raising():
    try:
        yield
    finally:
        raise OSError


g = raising()
next(g)
try:
    try:
        raise KeyError
    except KeyError:
        g.close()
except OSError as e:
    print(name(e.__context__), name(e.__context__.__context__))

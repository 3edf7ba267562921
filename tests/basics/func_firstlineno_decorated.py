# co_firstlineno of a decorated function is its first decorator's line (as
# CPython): inspect.getsource and tracebacks of unstarted generators use it.
def deco(f):
    return f


def plain():
    pass


@deco
def one():
    pass


@deco
@deco
def two():
    pass


@deco
def gen():
    yield 1


@deco
def inner_raises():
    raise ValueError("x")


base = plain.__code__.co_firstlineno
print("plain", plain.__code__.co_firstlineno - base)
print("one", one.__code__.co_firstlineno - base)
print("two", two.__code__.co_firstlineno - base)
print("gen", gen.__code__.co_firstlineno - base)
g = gen()
print("unstarted gen frame", g.gi_frame.f_lineno - base)
try:
    inner_raises()
except ValueError as e:
    tb = e.__traceback__.tb_next
    # the raise itself is still reported at its own line
    print("raise line", tb.tb_lineno - base)

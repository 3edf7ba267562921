# The repr of a generator, coroutine or async generator names its function by
# __qualname__ (the address after "at" is left out here).


def head(o):
    return repr(o).split(" at ")[0]


class C:
    def gen(self):
        yield

    async def coro(self):
        pass

    async def agen(self):
        yield


def outer():
    def inner():
        yield

    return inner()


c = C()
co = c.coro()
print(head(c.gen()), head(co), head(c.agen()), head(outer()))
co.close()
g = c.gen()
g.__qualname__ = "renamed"
print(head(g), g.__name__)
g.__name__ = "other"
print(head(g), g.__qualname__)

# code objects: co_flags bits, co_cellvars, co_freevars
def ff(a, b=1, *c, d, **e):
    x = 1
print(ff.__code__.co_argcount, ff.__code__.co_kwonlyargcount, ff.__code__.co_varnames, ff.__code__.co_flags & 0xC, ff.__code__.co_firstlineno)
def g(): yield
async def co(): pass
async def ag(): yield
def plain(): pass
for fn in [g, co, ag, plain, ff]:
    fl = fn.__code__.co_flags
    print(fn.__name__, bool(fl & 0x20), bool(fl & 0x80), bool(fl & 0x200), bool(fl & 4), bool(fl & 8), fl & 3)
def outer():
    a = 1
    b = 2
    def inner():
        return a + b
    return inner
print(outer.__code__.co_cellvars, outer().__code__.co_freevars, outer().__code__.co_flags & 0x40, plain.__code__.co_flags & 0x40)
print(outer().__closure__[0].cell_contents, len(outer().__closure__))

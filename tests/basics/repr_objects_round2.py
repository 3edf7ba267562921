import re
def norm(s):
    return re.sub('0x[0-9a-fA-F]+', '0xADDR', s)
class C:
    def m(self): pass
    class Inner: pass
    @classmethod
    def cm(cls): pass
    @staticmethod
    def sm(): pass
def f(): pass
def outer():
    def inner(): pass
    return inner
g = (x for x in ())
def gf(): yield
async def co(): pass
c = co()
for o in [C, C.Inner, C(), C().m, C.m, C.cm, C.sm, f, outer(), lambda: 0, len, [].append, int, object(), g, gf(), c, iter([]), iter(()), iter(range(1)), map(abs, []), zip(), enumerate([]), filter(None, []), {}.keys(), {}.values(), {}.items(), range(3), slice(1, 2), None, NotImplemented, Ellipsis, property(), type, super]:
    print(norm(repr(o)))
c.close()

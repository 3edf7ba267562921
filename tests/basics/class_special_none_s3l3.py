# A special method set to None blocks the operation (no fallback), and a
# class attribute of a __slots__ class is read-only on its instances.
def check(label, fn):
    try:
        print(label, fn())
    except (TypeError, AttributeError) as e:
        print(label, type(e).__name__, e)

class IAdd:
    __iadd__ = None
    def __add__(self, o):
        return "add"
def iadd():
    x = IAdd()
    x += 1
    return x
check("iadd", iadd)

class Len:
    __len__ = None
check("len", lambda: len(Len()))
class Bool:
    __bool__ = None
check("bool", lambda: bool(Bool()))
class Add:
    __add__ = None
check("add", lambda: Add() + 1)
check("radd-missing", lambda: 1 + Add())
class RAdd:
    __radd__ = None
check("radd", lambda: 1 + RAdd())
class Neg:
    __neg__ = None
check("neg", lambda: -Neg())
class GetItem:
    __getitem__ = None
check("getitem", lambda: GetItem()[0])
class Call:
    __call__ = None
check("call", lambda: Call()())
class Lt:
    __lt__ = None
check("lt", lambda: Lt() < Lt())
class Iter:
    __iter__ = None
check("iter", lambda: iter(Iter()))
class Hash:
    __hash__ = None
check("hash", lambda: hash(Hash()))
class Contains:
    __contains__ = None
check("contains", lambda: 1 in Contains())

class B:
    y = 0
    __slots__ = ('z',)
    def m(self):
        return 1
b = B()
def do(src):
    try:
        exec(src, {"b": b})
        print("ok", src)
    except AttributeError as e:
        print(src, "->", e)
for src in ["b.y = 1", "del b.y", "b.m = 1", "del b.m", "b.x = 1", "del b.x", "b.z = 2", "del b.z", "del b.z"]:
    do(src)
class Sub(B):
    pass
s = Sub()
s.y = 5
print(s.y, B.y)

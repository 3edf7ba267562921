# function, class and module annotations are evaluated and kept as CPython does
def f(a:1, /, b:2, *c:3, d:4, **e:5)->6: pass
print(f.__annotations__)
class A:
    def m(self, __x: int): pass
    y: "fwd"
    __p: int = 3
    z = 1
    try: q.r
    except NameError as e: print('NameError', e)
print(A.m.__annotations__, A.__annotations__)
x: int = 5
y: str
print(__annotations__)
def g():
    z: undefined_name = 1
    w: undefined_too
    return z
print(g())
def h(a, b=2): pass
print(h.__dict__)
print(f.__dict__)
def outer():
    T = list
    def inner(x: T) -> T: pass
    return inner
print(outer().__annotations__)
def deco(fn):
    print("deco", fn.__annotations__)
    return fn
@deco
def k(x: int = 3, *, y: str = "s") -> None: return x
print(k(), k.__defaults__, k.__kwdefaults__)
async def co(x: int) -> str: pass
print(co.__annotations__)
lst = [1]
class B:
    lst[0]: int = 7
    attr: list
print(lst, B.__annotations__)
f.__annotations__ = {'new': 1}
print(f.__annotations__)

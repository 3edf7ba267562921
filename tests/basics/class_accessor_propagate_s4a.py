class A: pass
class B(A): pass
class C(B): pass
d = C()
d.foo = 42
d.bar = 42
def __getattribute__(self, name):
    if name == "foo":
        return 24
    return object.__getattribute__(self, name)
A.__getattribute__ = __getattribute__
print(d.foo, d.bar)
del A.__getattribute__
print(d.foo, d.bar)
def __getattr__(self, name):
    if name in ("spam", "foo", "bar"):
        return "hello"
    raise AttributeError(name)
B.__getattr__ = __getattr__
print(d.spam, d.foo)
class Desc:
    def __get__(self, o, t=None): return 'desc'
    def __set__(self, o, v): print('set', v)
A.foo = Desc()
print(d.foo)
d.foo = 5
def __setattr__(self, n, v): print('setattr', n, v)
A.__setattr__ = __setattr__
d.x = 1

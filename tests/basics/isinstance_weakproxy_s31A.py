# isinstance(weakref.proxy(obj), C) asks the proxy's __class__, which is the
# referent's class, as CPython does (and the proxy type still matches).
import weakref


class Foo:
    pass


class Bar(Foo):
    pass


class S(set):
    pass


f = Bar()
p = weakref.proxy(f)
print(isinstance(p, Foo), isinstance(p, Bar), isinstance(p, int), isinstance(p, (int, Foo)))
print(isinstance(p, weakref.ProxyType), issubclass(type(p), Foo))
print(isinstance(weakref.proxy(f, lambda r: None), Foo))
ss = S()
ps = weakref.proxy(ss)
print(isinstance(ps, set), isinstance(ps, S), isinstance(ps, dict))

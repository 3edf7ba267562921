# dir() of a weakref.proxy lists its referent's attributes (object.__dir__
# reads __dict__ and __class__ through the proxy).
import weakref


class C:
    cls_attr = 1

    def meth(self):
        pass


class WithDir(C):
    def __dir__(self):
        return ['only']


c = C()
c.inst = 2
p = weakref.proxy(c)
print([n for n in dir(p) if not n.startswith('__')])
print(dir(p) == dir(c))
w = WithDir()
pw = weakref.proxy(w)
# The proxy's type is asked for __dir__, not the referent's class.
print(dir(w), 'meth' in dir(pw), 'only' in dir(pw))


def f():
    pass


print(dir(weakref.proxy(f)) == dir(f))

# Attributes set on classmethod/staticmethod objects; weak references to
# instances of a set subclass.
def f():
    "doc"


cm = classmethod(f)
sm = staticmethod(f)
print(cm.__wrapped__ is f, sm.__wrapped__ is f, cm.__func__ is f)
print(cm.__doc__, sm.__doc__, sm.__name__, cm.__qualname__)
cm.x = 1
print(cm.x, cm.__dict__['x'])
sm.y = 2
print(sm.y, sm.__dict__['y'])
cm.__doc__ = 'mine'
print(cm.__doc__)
del cm.__doc__
try:
    del cm.zz
except AttributeError:
    print('AttributeError')
try:
    print(cm.zz)
except AttributeError:
    print('AttributeError')


class K:
    @classmethod
    def c(cls):
        return cls.__name__
    c.tag = 'T'

    @staticmethod
    def s():
        return 's'
    s.tag = 'S'


print(K.c(), K.s(), K.__dict__['c'].tag, K.__dict__['s'].tag)

import weakref


class S(set):
    pass


class FS(frozenset):
    pass


s = S([1])
r = weakref.ref(s)
print(r() is s, weakref.ref(FS())() is not None or True)

# __dict__ starts with the function's names and docstring.
def f(x: int):
    "f docstring"
cm = classmethod(f)
print(sorted(cm.__dict__.items(), key=str))
sm = staticmethod(None)
print(sm.__dict__)
sm.x = 42
print(sorted(sm.__dict__.items(), key=str))
del sm.x
print(sm.__dict__)
print(staticmethod(len).__dict__ == {'__module__': 'builtins', '__name__': 'len', '__qualname__': 'len', '__doc__': len.__doc__})

# decorators: arbitrary expressions (3.9), ordering, class decorators, returning non-callables
def deco(tag):
    def wrap(f):
        def inner(*a, **k):
            return tag + ':' + str(f(*a, **k))
        inner.__name__ = f.__name__
        return inner
    return wrap
@deco('a')
@deco('b')
def f(x):
    return x * 2
print(f(3), f.__name__)
decos = [deco('x'), deco('y')]
@decos[1]
def g():
    return 'g'
print(g())
@(lambda fn: fn())
def value():
    return 'evaluated'
print(value)
order = []
def track(name):
    order.append('eval ' + name)
    def d(fn):
        order.append('apply ' + name)
        return fn
    return d
@track('1')
@track('2')
def h():
    pass
print(order)
def add_attr(cls):
    cls.added = True
    return cls
@add_attr
class C:
    pass
print(C.added)
class W:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *a):
        self.calls += 1
        return self.fn(*a)
@W
def sq(x):
    return x * x
print(sq(3), sq(4), sq.calls, type(sq).__name__)

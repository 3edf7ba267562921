# decorators on classes, and classes used as decorators
def add_method(cls):
    cls.extra = lambda self: 'extra on ' + type(self).__name__
    return cls
@add_method
class A:
    pass
print(A().extra())
class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.n = 0
    def __call__(self, *a):
        self.n += 1
        return self.fn(*a)
@CountCalls
def sq(x):
    return x * x
print(sq(3), sq(4), sq.n)
registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls
@register
class B:
    pass
@register
class C(B):
    pass
print(registry)

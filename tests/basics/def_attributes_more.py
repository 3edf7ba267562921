# function attributes
def f(a, b=1, *args, c=2, **kw):
    'docstring'
    return a
print(f.__name__, f.__doc__, f.__defaults__, f.__kwdefaults__, f.__module__)
f.custom = 5
print(f.custom, hasattr(f, 'custom'), getattr(f, 'missing', None))
f.__name__ = 'renamed'
print(f.__name__)
def g():
    pass
print(g.__doc__, g.__defaults__, g.__kwdefaults__)
def deco(fn):
    print('deco sees', fn.__doc__)
    return fn
class C:
    'class doc'
    @deco
    def m(self):
        """method doc
        second line"""
        return 1
    def gen(self):
        'gen doc'
        yield
print(C.__doc__, C.m.__doc__, C().m.__doc__, C.gen.__doc__)
def notdoc():
    x = 1
    'not a docstring'
print(notdoc.__doc__, (lambda: 'x').__doc__)

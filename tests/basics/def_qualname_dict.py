# __qualname__ of functions and methods; __dict__ holds only user attributes
class C:
    def m(self):
        pass
    class Inner:
        def im(self):
            pass
print(C.m.__name__, C.m.__qualname__, C.Inner.__qualname__, C.Inner.im.__qualname__, C.__qualname__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__, (lambda: 0).__qualname__, outer.__qualname__)
def f():
    'doc'
f.custom = 1
f.__name__ = 'renamed'
print(f.__dict__)

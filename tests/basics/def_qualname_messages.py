# __qualname__ of functions/methods/generators and argument-error messages that use it
class C:
    def m(self, a):
        pass
    def g(self):
        yield
    class Inner:
        def im(self, *, k):
            pass
    @staticmethod
    def s(x, /):
        pass
def outer():
    def inner(p, q=1):
        pass
    return inner
print(C.m.__qualname__, C.g.__qualname__, C().g().__qualname__, C().g().__name__, C.Inner.im.__qualname__, outer().__qualname__)
print(C.s.__qualname__, (lambda: 0).__qualname__, outer.__qualname__, [lambda: 0][0].__name__)
calls = [lambda: C().m(), lambda: C().m(1, 2), lambda: C.Inner().im(), lambda: C.Inner().im(k=1, j=2),
         lambda: outer()(), lambda: outer()(1, 2, 3), lambda: outer()(1, p=2), lambda: C.s(x=1)]
for c in calls:
    try:
        c()
    except TypeError as e:
        print(e)

# object.__init_subclass__ names the class by __qualname__ in its error
def f():
    class B:
        def __init_subclass__(cls, **kw):
            super().__init_subclass__(**kw)

    class Z(B, bogus=1):
        pass


try:
    f()
except TypeError as e:
    print(e)


class Outer:
    class Inner:
        pass


try:
    class Q(Outer.Inner, x=2):
        pass
except TypeError as e:
    print(e)
try:
    class P(x=1):
        pass
except TypeError as e:
    print(e)

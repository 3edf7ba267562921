# A property subclass made from a getter without an explicit doc puts the
# getter's docstring (or None) in the instance's __dict__; with __slots__ (no
# __dict__) that fails with AttributeError, as in CPython. An explicit doc, no
# getter, or a __dict__: nothing fails.
class PS(property):
    __slots__ = ()


class PD(property):
    pass


def getter(self):
    """a docstring"""
    return 1


def plain(self):
    return 2


for args in ((getter,), (plain,), (plain, None, None, 'given'), ()):
    for cls in (PS, PD):
        try:
            p = cls(*args)
            print(cls.__name__, 'made', p.__doc__)
        except AttributeError as e:
            print(cls.__name__, 'AttributeError', e)


class Bar:
    @PD
    def withdoc(self):
        """doc here"""
        return 3


print(Bar().withdoc, Bar.withdoc.__doc__)

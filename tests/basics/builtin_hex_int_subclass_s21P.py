# hex/oct/bin of an int subclass use its int value, not an overriding __index__
# (CPython's PyNumber_Index returns an int instance as it is); other objects go
# through __index__, whose result must be an int.
import warnings

warnings.simplefilter('ignore')


class I(int):
    def __index__(self):
        return 7


class J(int):
    pass


class B:
    def __index__(self):
        return True


class K:
    def __index__(self):
        return J(4)


class N:
    def __index__(self):
        return 1.5


for f in [hex, oct, bin]:
    for x in [I(3), True, False, B(), K(), -5, 2**70, J(9), N(), 1.5, 'a', None]:
        try:
            print(f(x))
        except TypeError as e:
            print('TypeError', e)

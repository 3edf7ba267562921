# messages: property.__set_name__ argument count, __class_getitem__ = None,
# super() without a __class__ cell
p = property()
try:
    p.__set_name__()
except TypeError as e:
    print(e)
try:
    p.__set_name__(1, 2, 3)
except TypeError as e:
    print(e)


class C:
    __class_getitem__ = None


class D(C):
    pass


for k in (C, D):
    try:
        k[int]
    except TypeError as e:
        print(e)


class L(list):
    __class_getitem__ = None


try:
    L[int]
except TypeError as e:
    print(e)


def f():
    super()


def g(self):
    super()


def h(*args):
    super()


for fn in (f, h):
    try:
        fn()
    except RuntimeError as e:
        print('RuntimeError', e)
try:
    g(1)
except RuntimeError as e:
    print('RuntimeError', e)


class X:
    def f(self):
        x = super()
        del __class__


try:
    X().f()
except Exception as e:
    print(type(e).__name__, e)

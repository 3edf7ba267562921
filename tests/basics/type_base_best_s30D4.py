# cls.__base__ is CPython's best base (session 30, helper D4): the base whose
# instance layout the others fit in, so a base whose __slots__ add members
# wins over one adding only a __dict__.


class A:
    __slots__ = ("a",)


class B:
    pass


class C(B, A):
    pass


class D(B, int):
    pass


class F(list, B):
    pass


class G(C):
    pass


class H(B, A, object):
    pass


for k in (A, B, C, D, F, G, H, object, bool, int, type, ExceptionGroup):
    print(k.__name__, k.__base__)

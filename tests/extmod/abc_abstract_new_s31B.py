# Abstract classes are refused by object.__new__ (not only by ABCMeta.__call__):
# object.__new__(C), super().__new__(cls) in a __new__, a metaclass overriding
# __call__; built-in bases (list, int, Exception) make instances as CPython does.
import abc


def t(fn):
    try:
        r = fn()
        print('ok', type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)


class C(abc.ABC):
    @abc.abstractmethod
    def f(self):
        pass

    @abc.abstractmethod
    def g(self):
        pass


class D(abc.ABC):
    @abc.abstractmethod
    def f(self):
        pass


t(lambda: C())
t(lambda: D())
t(lambda: object.__new__(C))
t(lambda: object.__new__(D))
t(lambda: C.__new__(C))
t(lambda: type.__call__(D))


class N(abc.ABC):
    def __new__(cls):
        return super().__new__(cls)

    @abc.abstractmethod
    def f(self):
        pass


t(lambda: N())


class M(abc.ABCMeta):
    def __call__(cls, *a):
        return cls.__new__(cls, *a)


class E(metaclass=M):
    @abc.abstractmethod
    def f(self):
        pass


t(lambda: E())
t(lambda: type.__call__(E))


class L(list, abc.ABC):
    @abc.abstractmethod
    def f(self):
        pass


class I(int, abc.ABC):
    @abc.abstractmethod
    def f(self):
        pass


class X(Exception, abc.ABC):
    @abc.abstractmethod
    def f(self):
        pass


t(lambda: L())
t(lambda: I())
t(lambda: X())


class Sub(C):
    def f(self):
        pass

    def g(self):
        pass


class U(C):
    pass


t(lambda: Sub())
t(lambda: U())
# Extra arguments are reported before abstractness, as in CPython.
t(lambda: D(1))

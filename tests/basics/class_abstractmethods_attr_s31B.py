# type.__abstractmethods__: a class's own (not inherited), and setting or
# deleting it marks the class abstract or not (object.__new__ refuses it).


def t(fn):
    try:
        r = fn()
        print('ok', type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)


def te(fn):
    try:
        fn()
        print('ok')
    except Exception as e:
        print(type(e).__name__)


# In the namespace: no effect on instantiation.
class P:
    __abstractmethods__ = frozenset({'f'})


t(lambda: P())
print(sorted(P.__abstractmethods__))


class Q:
    pass


Q.__abstractmethods__ = frozenset({'zz', 'a'})
t(lambda: Q())
t(lambda: object.__new__(Q))
print(sorted(Q.__abstractmethods__), '__abstractmethods__' in Q.__dict__)
Q.__abstractmethods__ = ()
t(lambda: Q())
Q.__abstractmethods__ = ['x']
t(lambda: Q())
del Q.__abstractmethods__
t(lambda: Q())
te(lambda: Q.__abstractmethods__)
print(hasattr(Q, '__abstractmethods__'))


def delq():
    del Q.__abstractmethods__


te(delq)
te(lambda: type.__abstractmethods__)
te(lambda: object.__abstractmethods__)
te(lambda: int.__abstractmethods__)


class R:
    pass


# A true value that is no iterable fails when the message is made.
R.__abstractmethods__ = 1
t(lambda: R())
R.__abstractmethods__ = 0
t(lambda: R())


class S(R):
    pass


R.__abstractmethods__ = frozenset({'f'})
t(lambda: S())
te(lambda: S.__abstractmethods__)
print(hasattr(S, '__abstractmethods__'))


def setint():
    int.__abstractmethods__ = frozenset()


te(setint)


class B:
    def __bool__(self):
        raise ValueError('b')


def setbad():
    R.__abstractmethods__ = B()


te(setbad)
t(lambda: R())
print(sorted(R.__abstractmethods__))
setattr(R, '__abstractmethods__', frozenset())
t(lambda: R())

# BaseException.__setstate__, UnicodeError str after attribute changes,
# gen.throw with a class that does not make an exception, ExceptionGroup subclass names.
u = UnicodeEncodeError('baz', 'xxxxx', 1, 5, 'foo')
u.end = 2
print(u)
u.start = 10
print(u)
u.start = 1
u.end = 9
u.reason = 'bar'
u.encoding = 'enc'
print(u)
d = UnicodeDecodeError('ascii', bytearray(b'\xff'), 0, 1, 'r')
print(repr(d.object), d.args, str(d))
d.end = 5
print(d)
d.object = b'ab'
d.end = 1
print(d)
d.start = 7
d.end = 8
print(d)

e = ValueError(1)
e.__setstate__({'x': 5})
print(e.x, e.__dict__)
e.__setstate__(None)
print(e.args)
try:
    e.__setstate__(3)
except TypeError as x:
    print('TypeError', x)


class E(Exception):
    def __new__(cls, *a):
        return cls


def g():
    yield 1


x = g()
try:
    x.throw(E)
except TypeError:
    print('TypeError')
print(next(x, 'done'))


def g2():
    try:
        yield 1
    except TypeError:
        yield 'caught'


x = g2()
next(x)
print(x.throw(E))


class MyEG(ExceptionGroup):
    pass


try:
    MyEG('eg', [ValueError(1), KeyboardInterrupt()])
except TypeError as t:
    print(t)


class B(BaseExceptionGroup, ValueError):
    pass


try:
    B('eg', [KeyboardInterrupt()])
except TypeError as t:
    print(t)
print(type(B('eg', [ValueError()])).__name__)


class C(BaseExceptionGroup):
    pass


print(type(C('eg', [ValueError()])).__name__, type(C('eg', [KeyboardInterrupt()])).__name__)

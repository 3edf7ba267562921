# Assigning __dict__ on exceptions and on instances of plain classes: a dict
# (or dict subclass) replaces the attribute namespace; anything else is a
# TypeError.
# (type(c.__dict__) after `c.__dict__ = D()` on an instance of a plain class
# is not printed: here that instance keeps the dict part of a subclass.)
class D(dict):
    pass


def attempt(obj, value):
    try:
        obj.__dict__ = value
        print('ok', obj.__dict__ == value)
    except TypeError as e:
        print('TypeError', e)


e = Exception(1)
e.x = 1
d = {'a': 1}
e.__dict__ = d
print(e.a, vars(e), e.__dict__ is d, hasattr(e, 'x'), e.args)
e.b = 2
print(d)
attempt(e, D(z=3))
print(e.z, type(e.__dict__).__name__)
for v in (5, None, [1], ()):
    attempt(e, v)
try:
    del e.__dict__
except TypeError as ex:
    print('TypeError', ex)
print(vars(e))


class E(Exception):
    pass


e = E('m')
e.q = 1
print(e.__dict__, vars(e))
e.__dict__ = {'b': 2}
print(e.b, vars(e), hasattr(e, 'q'), e.args)
attempt(e, 7)

o = OSError(2, 'x')
o.__dict__ = {'q': 1}
print(o.q, o.errno, o.strerror)


class C:
    pass


c = C()
c.old = 0
c.__dict__ = {'k': 3}
print(c.k, hasattr(c, 'old'))
attempt(c, 5)
attempt(c, D(w=1))
print(c.w)
del c.__dict__
print(vars(c))


def f():
    pass


attempt(f, {'fa': 1})
print(f.fa)
attempt(f, 'x')
try:
    del f.__dict__
except TypeError as ex:
    print('TypeError', ex)

# repr() of a module that was given a __loader__ by hand and has no
# __file__ names the loader (as CPython); __file__, when set, wins, and a
# loader of None says nothing.
import types


class Loader:
    def __repr__(self):
        return '<my loader>'


m = types.ModuleType('foo')
print(repr(m))
m.__loader__ = Loader()
print(repr(m))
del m.__name__
print(repr(m))
m.__file__ = '/tmp/foo.py'
print(repr(m))
del m.__file__
m.__loader__ = None
print(repr(m))
m.__name__ = 'bar'
print(repr(m))

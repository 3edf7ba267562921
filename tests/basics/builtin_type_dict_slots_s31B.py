# Which special methods built-in types hold in their own __dict__: __init__
# only where instances are not made whole in __new__ (list, dict, set, not
# int or tuple), __str__ only for str, bytes and a few exceptions, __repr__
# for exceptions only in BaseException (zip, map, property: object's).
names = ('__init__', '__str__', '__repr__')
for t in (int, bool, float, complex, str, bytes, bytearray, list, tuple, dict, set,
          frozenset, object, BaseException, Exception, ValueError, OSError, KeyError,
          StopIteration, SyntaxError, ImportError, property, zip, map, enumerate):
    print(t.__name__, [n for n in names if n in t.__dict__])
print(int.__init__ is object.__init__)
print(repr(ValueError.__repr__), repr(ValueError.__str__), repr(KeyError.__str__))

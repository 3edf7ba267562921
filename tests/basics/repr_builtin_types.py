# repr of types, builtin singletons and classes
import sys
for t in (int, float, str, bytes, bytearray, list, tuple, dict, set, frozenset, bool, type, object, range, slice,
          memoryview, enumerate, zip, map, filter, reversed, property, staticmethod, classmethod, super,
          ValueError, BaseException, StopIteration, OSError, type(None), type(...), type(NotImplemented)):
    print(repr(t), t.__name__, str(t))
class Local:
    pass
print(repr(Local), Local.__name__, Local.__module__)

print(OSError is IOError, EnvironmentError is OSError)
print(type(sys).__name__, type(print).__name__ in ('builtin_function_or_method', 'function'))

# type.__itemsize__ (CPython 64-bit values) and sys.float_repr_style.
import sys
for t in (tuple, list, object, int, bytes, str, dict, bool, float, type, set, bytearray, range, frozenset):
    print(t.__name__, t.__itemsize__)
class A: pass
class B(tuple): pass
class M(type): pass
print(A.__itemsize__, B.__itemsize__, M.__itemsize__, hasattr(A(), '__itemsize__'))
print(sys.float_repr_style)

# sys.version_info concatenates with plain tuples on either side and compares
# like a tuple (values differ between implementations, so only shapes and
# relations are printed).
import sys

v = sys.version_info
a = (1,) + v
b = v + (1,)
print(type(a).__name__, type(b).__name__)
print(len(a) == len(v) + 1, a[0], a[1:] == tuple(v))
print(len(b) == len(v) + 1, b[-1], b[:-1] == tuple(v))
print(v >= (3,), v < (99,), v[:2] == (v.major, v.minor))
print(() + v == tuple(v), tuple(v) + () == tuple(v))

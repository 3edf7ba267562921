# sys's struct sequences (float_info, int_info, hash_info, flags) behave as
# tuples with read-only named fields; flags and version_info cannot be made.
import sys
fi = sys.float_info
print(isinstance(fi, tuple), len(fi), fi[0] == fi.max, fi[-1], fi[1:3], fi.n_sequence_fields, fi.n_fields)
print(tuple(sys.int_info) == sys.int_info, sys.int_info == tuple(sys.int_info), sys.int_info.count(4))
print(sys.hash_info.index(sys.hash_info.width), 64 in sys.hash_info, len(sys.flags * 2))
print(sys.float_info.__reduce__()[1][1], sys.int_info.__reduce__()[1][0] == tuple(sys.int_info))
for f in [lambda: setattr(fi, 'max', 1.0), lambda: setattr(fi, 'nosuch', 1),
          lambda: type(sys.flags)(tuple(sys.flags)),
          lambda: type(sys.version_info)((3, 0, 0)), lambda: fi.nosuch]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__)
print(type(fi)(tuple(fi)) == fi, type(sys.int_info)(sys.int_info).bits_per_digit)
print(sys.version_info >= (3, 0), sys.version_info[:1] + (0,) > (2,), sys.version_info.major >= 3)

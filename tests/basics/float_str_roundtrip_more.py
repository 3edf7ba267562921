# repr gives the shortest string that round-trips
vals = [0.1, 0.7, 1.1, 2.675, 1e-300, 3.141592653589793, 2.220446049250313e-16, 4.9406564584124654e-324,
        1.7976931348623157e+308, 123456789.123456789, 0.000123, 1234567890123456.7, 1e100, 9007199254740993.0]
for v in vals:
    r = repr(v)
    print(r, float(r) == v)
import sys
print(sys.float_info.max)
print(float.__name__, 1.0.__class__.__name__)

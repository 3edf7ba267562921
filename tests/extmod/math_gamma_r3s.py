# math.gamma and math.lgamma agree with CPython to the last bit (CPython
# uses a Lanczos approximation, not the C library's tgamma/lgamma).
import math

vals = [0.5, 1.5, 2.5, 3, 5, 10, 23, 24, 30.5, 100, 170.5, 171, 171.5, 0.1, 1e-5, 1e-25,
        -0.5, -1.5, -2.5, -10.1, -100.5, -170.5, -180.5, -250.5, 7.77, 1e10, 1e300]
for x in vals:
    out = []
    for f in (math.gamma, math.lgamma):
        try:
            out.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    print(x, *out)
for x in (0, -0.0, -1, -2.0, float("inf"), float("-inf"), float("nan")):
    for f in (math.gamma, math.lgamma):
        try:
            print(x, repr(f(x)))
        except ValueError as e:
            print(x, "ValueError", e)

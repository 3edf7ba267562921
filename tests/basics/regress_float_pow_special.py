# x ** y for the special floats (zeros, ones, infinities, nan) matches
# CPython; 0.0 ** -inf is inf, not ZeroDivisionError (an infinite exponent).
inf = float('inf'); nan = float('nan')
for x in (0.0, -0.0, 1.0, -1.0, 2.0, 0.5, inf, -inf, nan):
    for y in (0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, inf, -inf, nan):
        try:
            r = x ** y
            print(x, y, r if isinstance(r, float) else type(r).__name__)
        except Exception as e:
            print(x, y, type(e).__name__)
try:
    print(pow(0.0, -inf), pow(-0.0, -inf))
except Exception as e:
    print(type(e).__name__)

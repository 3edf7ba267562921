# round(float, ndigits) must agree with float.__round__ (exact, half to even
# on the binary value) for every ndigits, including negative ones on large
# floats where a divide-rint-multiply shortcut is 1 ulp off.
import math

x = 1.5529899832646312e289
print(round(x, -4) == x, x.__round__(-4) == x)

# A deterministic spread of values (a small LCG instead of random).
seed = 12345


def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed


mismatch = 0
for i in range(400):
    m = rnd() / 2147483648.0 + 1.0
    e = rnd() % 600 - 300
    x = m * 10.0**e if e < 300 else m * 1e299
    if rnd() & 1:
        x = -x
    for nd in (-300, -100, -20, -4, -1, 0, 1, 3, 10, 50):
        a = round(x, nd)
        b = x.__round__(nd)
        if not (a == b or (math.isnan(a) and math.isnan(b))):
            mismatch += 1
            print("mismatch", repr(x), nd, repr(a), repr(b))
print("mismatches", mismatch)

# Values at the ends of the range.
for v in (1.7976931348623157e308, -1.7976931348623157e308, 5e-324, 1e300, 2.5, -2.5, 0.5):
    for nd in (-400, -308, -307, -300, -1, 0, 1, 400):
        try:
            print(repr(v), nd, repr(round(v, nd)))
        except OverflowError as exc:
            print(repr(v), nd, "OverflowError", exc)

# Huge ndigits (do not fit a machine word), negative zero, inf and nan.
print(repr(round(123.456, 10**30)), repr(round(123.456, -(10**30))), repr(round(-123.456, -(10**30))))
print(repr(round(-0.0, 3)), repr(round(-0.0, -3)), repr(round(-0.4, 0)))
print(repr(round(float("inf"), -2)), repr(round(float("-inf"), 2)), repr(round(float("nan"), 1)))
print(repr(round(1234.5678, -2)), repr(round(1250.0, -2)), repr(round(1350.0, -2)))


class F(float):
    pass


print(repr(round(F(2.675), 2)), type(round(F(2.675), 2)).__name__)

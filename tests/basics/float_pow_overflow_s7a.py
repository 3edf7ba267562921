# A float power too large for a double raises OverflowError(ERANGE, text),
# the C library's text for ERANGE (it differs between glibc and macOS).
import errno

for base, exp in [(2.0, 10000), (10.0, 400.5), (-3.0, 1001), (1e300, 2)]:
    try:
        base ** exp
    except OverflowError as e:
        print(type(e.args[0]).__name__, e.args[0] == errno.ERANGE, len(e.args), type(e.args[1]).__name__)
        print(e, e.args == (errno.ERANGE, e.args[1]))
print(2.0 ** 1023, (-2.0) ** 1023, float('inf') ** 2, 1e308 * 10)
try:
    pow(2.0, 5000.0)
except OverflowError as e:
    print(len(e.args), e.args[0] == errno.ERANGE)

# sys.setswitchinterval keeps the value given (in whole microseconds, so a
# value below one reads back as 0.0), not capped at one second; zero,
# negative and non-numbers are refused.
import sys

try:
    sys.setswitchinterval
except AttributeError:
    print('SKIP')
    raise SystemExit

orig = sys.getswitchinterval()
print(type(orig).__name__, 0 < orig < 0.5)
for n in (0.00001, 0.05, 3.0, 4294.9, 1e6, 1e-7):
    sys.setswitchinterval(n)
    print(n, sys.getswitchinterval())
for bad in (0, 0.0, -1.0, 'a'):
    try:
        sys.setswitchinterval(bad)
    except (TypeError, ValueError) as e:
        print(repr(bad), type(e).__name__)
sys.setswitchinterval(orig)
print(sys.getswitchinterval() == orig)

# CPython 3.11's limit on decimal conversion of huge ints.
import sys

def check(f):
    try:
        r = f()
        print("ok", r if isinstance(r, int) and r < 10**6 else len(str(r)) if not isinstance(r, str) else len(r))
    except ValueError as e:
        print("ValueError", e)

print(sys.get_int_max_str_digits())
check(lambda: len(str(10**4299)))
check(lambda: str(10**4300))
check(lambda: repr(-10**4300))
check(lambda: "%d" % 10**4300)
check(lambda: "{}".format(10**4300))
check(lambda: f"{10**4300:,}")
check(lambda: int("1" * 4301))
check(lambda: int("1" * 4300) % 7)
check(lambda: hex(10**5000))
check(lambda: int("1" * 5000, 16) % 7)
check(lambda: int("1" * 5000, 8) % 7)
check(lambda: int("1" * 5000, 7))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print("ValueError", e)
sys.set_int_max_str_digits(640)
print(sys.get_int_max_str_digits())
check(lambda: str(10**700))
check(lambda: str(10**639))
sys.set_int_max_str_digits(maxdigits=0)
check(lambda: str(10**5000))
sys.set_int_max_str_digits(4300)

# Which argument is checked first decides the exception type: int() checks
# the base before the value's type, issubclass() walks a tuple before it
# checks that arg 1 is a class (so an empty tuple never complains).
for args in [(True, 1), (1.5, 1), ("1", 1), (1.5, 10), ("z", 37), ([], 0), (b"11", 2), (2, 2**100), ("11", -1)]:
    try:
        print(int(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
for args in [(1, ()), (1, (int,)), (int, ()), (bool, (str, int)), (bool, ((), (int,))), ([], ()), (1, int), (int, 1), (int, (1,)), (int, (int, 1)), (int, (1, int))]:
    try:
        print(issubclass(*args))
    except TypeError:
        print("TypeError")


class Meta(type):
    def __subclasscheck__(cls, sub):
        return True


class Any(metaclass=Meta):
    pass


print(issubclass(1, Any), issubclass(int, (Any,)))
try: issubclass("x", (str, Any))
except TypeError as e: print("TypeError", e)
# int.from_bytes around the small-int/big-int boundary.
for n in range(5, 11):
    for b in (b"\xff" * n, b"\x80" + b"\x00" * (n - 1), b"\x7f" + b"\xff" * (n - 1)):
        print(n, int.from_bytes(b, "big"), int.from_bytes(b, "little", signed=True), int.from_bytes(b, "big", signed=True))

# memoryview.cast checks the shape's kind and number of dimensions before the
# format (CPython's order): a bad format with a shape that is not a list or
# tuple is a TypeError about the shape
m = memoryview(b"abcdefgh")
cases = [
    ("a", str), ("B", str), ("a", [1] * 65), ("a", [2, 4]), ("i", [2, 4]), ("B", [2, 4]),
    ("B", (8,)), ("x", (1,) * 70), ("B", [0]), ("B", ["a"]), ("B", [3]), ("i", (2,)),
    ("i", []), ("B", ()), ("Q", ["x", 1]), (b"B",), ("@B", 5), ("@B", [8]),
]
for args in cases:
    for mv in (m, m.cast("B", (2, 4))):
        try:
            r = mv.cast(*args)
            print(r.format, r.shape, r.tolist())
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)

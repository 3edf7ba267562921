# compile() has CPython's seventh, keyword-only parameter _feature_version (checked, ignored)
print(eval(compile("1 + 2", "x", "eval", _feature_version=5)))
print(eval(compile("3", "x", "eval", 0, False, -1, _feature_version=-1)))
tries = [
    lambda: compile("1", "x", "eval", 0, False, -1, 3),
    lambda: compile("1", "x", "eval", 0, False, -1, 3, 4),
    lambda: compile("1", "x", "eval", _feature_version="a"),
    lambda: compile("1", "x", "eval", _feature_version=None),
    lambda: compile("1", "x", "eval", flags=0, _feature_version=1, y=2),
    lambda: compile("1", "x", _feature_version=1, y=2),
]
for t in tries:
    try:
        t()
        print("no error")
    except TypeError as e:
        print("TypeError", e)

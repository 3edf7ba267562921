# TypeError/ValueError messages of str methods given arguments of the
# wrong type.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# strip() arguments of the wrong type.
t(lambda: "abc".strip(1))
t(lambda: "abc".lstrip(b"a"))
t(lambda: "abc".rstrip([]))
t(lambda: b"abc".strip("a"))

# maketrans argument checks, in CPython's order.
for a in [("a", 1), (1,), ("ab", "cd", 1), ("a", "b", "c"), ({1.5: "a"},), ({"ab": 1},), ("a", "bc"), ({"a": 1}, "b"), (1, 2)]:
    t(lambda: str.maketrans(*a))
